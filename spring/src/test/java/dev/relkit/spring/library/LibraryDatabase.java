package dev.relkit.spring.library;

import com.zaxxer.hikari.HikariDataSource;

import dev.relkit.harness.TestDatabase;

import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The harness's database for the Spring contexts of these tests: started once per JVM on first use
 * (embedded, or the server {@code RELKIT_JDBC_URL} names) with the library's schema and seed, shared
 * by every context, stopped when the JVM exits.
 */
public final class LibraryDatabase {

    private static TestDatabase database;

    private LibraryDatabase() {
    }

    public static synchronized TestDatabase get() {
        if (database == null) {
            database = TestDatabase.start();
        }
        return database;
    }

    /** The recorded pool, as the contexts' {@code DataSource} bean. */
    public static DataSource dataSource() {
        return get().dataSource();
    }

    /** Connections the pool has lent and not had back. */
    public static int activeConnections() {
        try {
            return dataSource().unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
        } catch (SQLException e) {
            throw new IllegalStateException("the harness's pool is not HikariCP", e);
        }
    }

    /** Removes what a test wrote: every row but the seed's. */
    public static void removeRowsAddedByTests() {
        try (var connection = dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM spring_book WHERE id > 5");
            statement.executeUpdate("DELETE FROM spring_author WHERE id > 3");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
