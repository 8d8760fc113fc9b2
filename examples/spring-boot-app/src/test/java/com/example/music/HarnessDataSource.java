package com.example.music;

import com.zaxxer.hikari.HikariDataSource;

import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application's {@code DataSource} in tests, from relkit's harness: one MariaDB database per JVM
 * (embedded, or the server {@code RELKIT_JDBC_URL} names) with the catalogue's schema and seed
 * ({@code relkit-test.properties}), its statements recorded. Spring Boot's own data source backs off.
 */
@TestConfiguration(proxyBeanMethods = false)
class HarnessDataSource {

    private static TestDatabase database;

    static synchronized TestDatabase database() {
        if (database == null) {
            database = TestDatabase.start();
        }
        return database;
    }

    static StatementRecorder statements() {
        return database().statements();
    }

    static int activeConnections() {
        try {
            return database().dataSource().unwrap(HikariDataSource.class).getHikariPoolMXBean().getActiveConnections();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes what a test wrote: every playlist and entry but the seed's. */
    static void removeRowsAddedByTests() {
        try (var connection = database().dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM playlist_entry WHERE id > 2");
            statement.executeUpdate("DELETE FROM playlist WHERE id > 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Bean
    DataSource dataSource() {
        return database().dataSource();
    }
}
