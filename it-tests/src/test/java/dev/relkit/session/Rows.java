package dev.relkit.session;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Reads rows with plain JDBC, bypassing relkit and MyBatis, so tests see what the database holds:
 * each row as its columns joined by {@code |} ({@code null} for SQL NULL).
 */
final class Rows {

    private Rows() {
    }

    /** Committed rows, read on a fresh connection of the pool. */
    static List<String> committed(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Rows as the given connection sees them, including its own uncommitted writes. */
    static List<String> read(Connection connection, String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                values.add(row.toString());
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
