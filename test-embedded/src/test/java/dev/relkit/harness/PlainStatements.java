package dev.relkit.harness;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/** Runs statements on an auto-commit connection, for tests that commit on purpose. */
final class PlainStatements {

    private PlainStatements() {
    }

    static void run(DataSource dataSource, String... sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }
}
