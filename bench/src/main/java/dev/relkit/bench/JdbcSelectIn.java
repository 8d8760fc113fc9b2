package dev.relkit.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The hand-written select-in of the {@code jdbcSelectIn} contenders: one {@code IN} statement per chunk of
 * at most {@value #CHUNK} keys (relkit's and Hibernate's batch size, so the statement counts match),
 * each row handed to a reader that groups it by hand.
 */
final class JdbcSelectIn {

    /** Keys per {@code IN} list. */
    static final int CHUNK = 500;

    /** Reads one row of an {@code IN} statement. */
    @FunctionalInterface
    interface RowReader {

        void read(ResultSet row) throws SQLException;
    }

    private JdbcSelectIn() {
    }

    /** Runs {@code sql}, which takes no parameters, and hands every row to {@code reader}. */
    static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                reader.read(rows);
            }
        }
    }

    /**
     * Runs {@code select + " IN (?, ...)" + orderBy} for {@code keys}, {@value #CHUNK} at a time, and hands
     * every row to {@code reader}; rows are ordered within a chunk only.
     *
     * @param select  the statement up to the {@code IN} list, ending in the key column
     *                ({@code SELECT id, name FROM category WHERE parent_id})
     * @param orderBy what follows the list ({@code " ORDER BY id"}, or empty)
     */
    static void select(Connection connection, String select, String orderBy, Collection<Integer> keys, RowReader reader)
            throws SQLException {
        List<Integer> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Integer> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder(select).append(" IN (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql.append(')').append(orderBy).toString())) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setInt(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }
    }
}
