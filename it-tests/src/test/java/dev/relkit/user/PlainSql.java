package dev.relkit.user;

import org.apache.ibatis.session.SqlSession;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Plain JDBC on a test's own {@link SqlSession} connection, so the test's uncommitted rows are visible. */
final class PlainSql {

    private PlainSql() {
    }

    static void update(SqlSession session, String sql) throws SQLException {
        try (PreparedStatement statement = session.getConnection().prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /** Every row of a query, each as its column values in order. */
    static List<List<Object>> rows(SqlSession session, String sql, Object... parameters) throws SQLException {
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
