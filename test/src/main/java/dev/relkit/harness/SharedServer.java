package dev.relkit.harness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one server per JVM behind {@link RelkitExtension}, with the databases shared on it.
 *
 * <p>Started on the first {@link #acquire()}. Closed when the JUnit engine finishes (the extension
 * keeps it in the root store, which closes {@link AutoCloseable} values) or, failing that, by a
 * shutdown hook; an {@link #acquire()} after that starts a new one. A server that failed to start is
 * not retried: every later {@link #acquire()} in the JVM fails at once with the same message.
 *
 * <p>Shared databases are keyed by their script list: the default scripts of
 * {@value TestDefaults#RESOURCE} alone go into the server's default database, each other list into a
 * {@code relkit_<random>} database of its own, so classes naming different extra scripts never
 * reload each other's tables.
 */
final class SharedServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SharedServer.class);
    private static SharedServer current;
    /** Why the server did not start; every later test fails fast with it instead of retrying. */
    private static RuntimeException startFailure;

    private final MariaDbServer server;
    private final Map<List<String>, TestDatabase> databases = new LinkedHashMap<>();
    private final ShutdownHook shutdownHook;
    private boolean closed;

    private SharedServer(MariaDbServer server) {
        this.server = server;
        this.shutdownHook = ShutdownHook.register("relkit-close-shared-server", this::closeAll);
    }

    /** The JVM's shared server, starting it if there is none or the last one was closed. */
    static synchronized SharedServer acquire() {
        if (startFailure != null) {
            throw new TestDatabaseException(startFailure.getMessage() + " (failed before; not retried in this JVM)",
                    startFailure);
        }
        if (current == null || current.isClosed()) {
            try {
                DatabaseChoice choice = DatabaseChoice.fromSystem();
                LOG.info("relkit test database: starting {}", choice);
                current = new SharedServer(MariaDbServer.start(choice));
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return current;
    }

    /** The shared database loaded with exactly these scripts, creating and loading it on first use. */
    synchronized TestDatabase database(List<String> scripts) {
        if (closed) {
            throw new IllegalStateException("The shared test database server was already closed");
        }
        TestDatabase database = databases.get(scripts);
        if (database == null) {
            database = scripts.equals(TestDatabase.defaultScriptsAnd(List.of()))
                    ? TestDatabase.onDefaultDatabase(server, scripts)
                    : TestDatabase.createOwnDatabase(server, scripts);
            databases.put(List.copyOf(scripts), database);
            LOG.info("relkit test database: {} on {}, MariaDB {}", database.name(), server.description(),
                    database.serverVersion());
        }
        return database;
    }

    MariaDbServer server() {
        return server;
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        shutdownHook.cancel();
        closeAll();
    }

    private void closeAll() {
        List<TestDatabase> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(databases.values());
            databases.clear();
        }
        try {
            toClose.forEach(TestDatabase::close);
        } finally {
            server.close();
        }
    }
}
