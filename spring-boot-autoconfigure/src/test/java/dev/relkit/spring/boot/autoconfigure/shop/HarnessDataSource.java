package dev.relkit.spring.boot.autoconfigure.shop;

import com.zaxxer.hikari.HikariDataSource;

import dev.relkit.harness.TestDatabase;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test application's {@code DataSource}, from relkit's harness: one database per JVM (embedded,
 * or the server {@code RELKIT_JDBC_URL} names) with the shop's schema and seed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class HarnessDataSource {

    private static TestDatabase database;

    public static synchronized TestDatabase database() {
        if (database == null) {
            database = TestDatabase.start();
        }
        return database;
    }

    /** Connections the pool has lent and not had back. */
    public static int activeConnections() {
        try {
            return database().dataSource().unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes what a test wrote: every row but the seed's. */
    public static void removeRowsAddedByTests() {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM boot_order WHERE id > 4");
            statement.executeUpdate("DELETE FROM boot_customer WHERE id > 3");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    DataSource dataSource() {
        return database().dataSource();
    }
}
