package dev.relkit.harness.testcontainers;

import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.MariaDbProvisioner;
import dev.relkit.harness.MariaDbServer;

import org.testcontainers.DockerClientFactory;

/**
 * Starts a {@link ContainerMariaDbServer} when Testcontainers' probe says a Docker engine answers;
 * tried before an embedded server. Registered in
 * {@code META-INF/services/dev.relkit.harness.MariaDbProvisioner}.
 */
public final class ContainerProvisioner implements MariaDbProvisioner {

    @Override
    public DatabaseChoice.Kind kind() {
        return DatabaseChoice.Kind.CONTAINER;
    }

    @Override
    public String artifact() {
        return DatabaseChoice.CONTAINER_ARTIFACT;
    }

    @Override
    public boolean isAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    @Override
    public MariaDbServer start() {
        return ContainerMariaDbServer.start();
    }

    @Override
    public String toString() {
        return "Testcontainers MariaDB provisioner";
    }
}
