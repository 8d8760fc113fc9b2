package dev.relkit.load;

import org.apache.ibatis.session.SqlSession;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Bulk rows for the "whatever the number of parents" tests, written on the test's own
 * {@link SqlSession} connection (so they are rolled back with it) with MariaDB's sequence engine:
 * {@code INSERT INTO x (...) SELECT ... FROM seq_1_to_1000} is one statement for a thousand rows.
 * Run it before the measured block: these statements are recorded like any other.
 */
final class GeneratedRows {

    private GeneratedRows() {
    }

    /** Runs each statement on the session's connection, in order. */
    static void insert(SqlSession session, String... statements) {
        try (Statement statement = session.getConnection().createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate rows: " + e.getMessage(), e);
        }
    }

    /** The sequence-engine table of {@code 1..count}, e.g. {@code seq_1_to_1000}. */
    static String sequence(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a sequence needs at least one row, was " + count);
        }
        return "seq_1_to_" + count;
    }
}
