package dev.relkit.testing;

import org.apache.ibatis.session.SqlSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plain JDBC on a test's own {@link SqlSession} connection, so the test's uncommitted rows are visible
 * and its changes are rolled back with the test. Shared by the ITs of every domain.
 */
public final class PlainSql {

    private PlainSql() {
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    public static int update(SqlSession session, String sql) throws SQLException {
        try (PreparedStatement statement = session.getConnection().prepareStatement(sql)) {
            return statement.executeUpdate();
        }
    }

    /** Every row of a query, each as its column values in order. */
    public static List<List<Object>> rows(SqlSession session, String sql, Object... parameters) throws SQLException {
        Connection connection = session.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = resultSet.getMetaData().getColumnCount();
                while (resultSet.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = resultSet.getObject(c + 1);
                    }
                    rows.add(Arrays.asList(row));
                }
                return rows;
            }
        }
    }
}
