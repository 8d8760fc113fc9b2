package dev.relkit.harness;

/**
 * A running MariaDB server the harness can create databases on.
 *
 * <p>Servers a {@link MariaDbProvisioner} starts are stopped by {@link #close()} and, as a safety
 * net, by a JVM shutdown hook; a server named by explicit URL is only connected to, never stopped.
 */
public interface MariaDbServer extends AutoCloseable {

    /** The database created with the server (provisioned servers) or named in the explicit URL. */
    JdbcTarget defaultDatabase();

    /** What this server is, for logs and errors: its kind and address, never a password. */
    String description();

    /** Stops the server if the harness started it. Idempotent; never throws. */
    @Override
    void close();

    /**
     * Starts (or, for an explicit URL, checks) the server the choice names.
     *
     * @throws TestDatabaseException when the server cannot be started or does not answer; the message
     *     names the URL (password masked) or the kind of server
     */
    static MariaDbServer start(DatabaseChoice choice) {
        if (choice.kind() == DatabaseChoice.Kind.EXPLICIT_URL) {
            return ExternalMariaDbServer.connect(choice.explicitTarget().orElseThrow());
        }
        return choice.provisioner().orElseThrow().start();
    }
}
