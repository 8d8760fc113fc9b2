package dev.relkit.harness;

/**
 * A running MariaDB server the harness can create databases on.
 *
 * <p>Servers the harness starts (container, embedded) are stopped by {@link #close()} and, as a safety
 * net, by a JVM shutdown hook; a server named by explicit URL is only connected to, never stopped.
 */
public interface MariaDbServer extends AutoCloseable {

    /** The database created with the server (embedded, container) or named in the explicit URL. */
    JdbcTarget defaultDatabase();

    /** What this server is, for logs: its kind and address. */
    String description();

    /** Stops the server if the harness started it. Idempotent; never throws. */
    @Override
    void close();

    /**
     * Starts (or, for an explicit URL, checks) the server the choice names.
     *
     * @throws TestDatabaseException when the server cannot be started or does not answer; the message
     *     names the URL or the kind of server
     */
    static MariaDbServer start(DatabaseChoice choice) {
        return switch (choice.kind()) {
            case EXPLICIT_URL -> ExternalMariaDbServer.connect(choice.explicitTarget().orElseThrow());
            case CONTAINER -> ContainerMariaDbServer.start();
            case EMBEDDED -> EmbeddedMariaDbServer.start();
        };
    }
}
