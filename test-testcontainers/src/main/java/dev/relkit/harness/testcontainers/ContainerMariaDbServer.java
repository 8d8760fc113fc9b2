package dev.relkit.harness.testcontainers;

import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.MariaDbProvisioner;
import dev.relkit.harness.MariaDbServer;
import dev.relkit.harness.ShutdownHook;
import dev.relkit.harness.TestDatabaseException;

import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.utility.DockerImageName;

import java.util.concurrent.atomic.AtomicBoolean;

/** A Testcontainers {@value #IMAGE} container, logged into as root so tests can create databases. */
final class ContainerMariaDbServer implements MariaDbServer {

    static final String IMAGE = "mariadb:11.4";

    private final MariaDBContainer container;
    private final JdbcTarget target;
    private final ShutdownHook shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ContainerMariaDbServer(MariaDBContainer container) {
        this.container = container;
        this.target = new JdbcTarget(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        this.shutdownHook = ShutdownHook.register("relkit-stop-mariadb-container", this::stop);
    }

    /** @throws TestDatabaseException when Docker cannot start the container */
    static ContainerMariaDbServer start() {
        MariaDBContainer container = new MariaDBContainer(DockerImageName.parse(IMAGE))
                .withDatabaseName(MariaDbProvisioner.DEFAULT_DATABASE)
                .withUsername("root")
                .withPassword("relkit")
                .withUrlParam("sslMode", "disable");
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new TestDatabaseException("Could not start a " + IMAGE + " container: " + e.getMessage(), e);
        }
        return new ContainerMariaDbServer(container);
    }

    @Override
    public JdbcTarget defaultDatabase() {
        return target;
    }

    @Override
    public String description() {
        return "Testcontainers " + IMAGE + " at " + container.getHost() + ":" + container.getFirstMappedPort();
    }

    @Override
    public void close() {
        shutdownHook.cancel();
        stop();
    }

    private void stop() {
        if (closed.compareAndSet(false, true)) {
            container.stop();
        }
    }
}
