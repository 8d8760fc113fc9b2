package dev.relkit.bench;

import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.TestDatabase;
import dev.relkit.harness.TestDatabaseException;
import dev.relkit.schema.ReferenceSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's database: {@value #DATABASE} on the server a {@link DatabaseChoice} names, created if
 * missing and loaded with relkit's schema scripts and {@value #DATA_SCRIPT}. Closing it stops a server
 * it started (an explicit server is left running, with {@value #DATABASE} in it).
 */
public final class BenchDatabase implements AutoCloseable {

    /** The database the benchmark creates (and fills) on the server; other databases are left alone. */
    public static final String DATABASE = "relkit_bench";

    /** Generates the workloads' rows with MariaDB's sequence engine. */
    public static final String DATA_SCRIPT = "dev/relkit/bench/bench-data.sql";

    private final TestDatabase server;
    private final TestDatabase database;

    private BenchDatabase(TestDatabase server, TestDatabase database) {
        this.server = server;
        this.database = database;
    }

    /** Starts (or connects to) the server and loads the benchmark data into {@value #DATABASE}. */
    public static BenchDatabase start(DatabaseChoice choice) {
        TestDatabase server = TestDatabase.startWithScripts(choice, List.of());
        try {
            JdbcTarget target = createDatabase(server.jdbcTarget());
            List<String> scripts = Stream.concat(ReferenceSchema.SCHEMA_SCRIPTS.stream(), Stream.of(DATA_SCRIPT)).toList();
            return new BenchDatabase(server, TestDatabase.startWithScripts(DatabaseChoice.explicit(target), scripts));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The loaded database: its recorded data source, statement recorder and server version. */
    public TestDatabase database() {
        return database;
    }

    /** Where forked JVMs connect: {@value #DATABASE} with the harness's user and password. */
    public JdbcTarget target() {
        return database.jdbcTarget();
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            server.close();
        }
    }

    private static JdbcTarget createDatabase(JdbcTarget server) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE);
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not create database " + DATABASE + " on " + server.url()
                    + ": " + e.getMessage(), e);
        }
        return server.withDatabase(DATABASE);
    }
}
