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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark's database ({@value #DATABASE} unless named otherwise) on the server a
 * {@link DatabaseChoice} names, created if missing and loaded with relkit's schema scripts and
 * {@value #DATA_SCRIPT}. Closing it stops a server it started (an explicit server is left running, with
 * the benchmark's database in it).
 */
public final class BenchDatabase implements AutoCloseable {

    /** The database the benchmark creates (and fills) on the server by default; other databases are left alone. */
    public static final String DATABASE = "relkit_bench";

    /** Generates the workloads' rows with MariaDB's sequence engine. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    public static final String DATA_SCRIPT = "dev/relkit/bench/bench-data.sql";

    private final TestDatabase server;
    private final TestDatabase database;

    private BenchDatabase(TestDatabase server, TestDatabase database) {
        this.server = server;
        this.database = database;
    }

    /** Starts (or connects to) the server and loads the benchmark data into {@value #DATABASE}. */
    public static BenchDatabase start(DatabaseChoice choice) {
        return start(choice, DATABASE);
    }

    /**
     * Starts (or connects to) the server and loads the benchmark data into {@code name}, created if missing.
     *
     * @throws IllegalArgumentException when {@code name} is not a plain database name (letters, digits, {@code _})
     */
    public static BenchDatabase start(DatabaseChoice choice, String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database name '" + name
                    + "' is not a plain name: use letters, digits and '_' (at most 64)");
        }
        TestDatabase server = TestDatabase.startWithScripts(choice, List.of());
        try {
            JdbcTarget target = createDatabase(server.jdbcTarget(), name);
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

    /** Where forked JVMs connect: the benchmark's database with the harness's user and password. */
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

    private static JdbcTarget createDatabase(JdbcTarget server, String name) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + name);
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not create database " + name + " on " + server.url()
                    + ": " + e.getMessage(), e);
        }
        return server.withDatabase(name);
    }
}
