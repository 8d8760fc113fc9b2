package dev.relkit.bench;

import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The limit: hand-written JDBC batches, one per statement shape: the orders (their generated keys read
 * back from the batch), the lines with their orders' ids (keys read back), then the quantity updates and
 * the deletes.
 */
final class JdbcOrderWriter implements OrderWriter {

    @Override
    public void write(BenchEnvironment environment, List<Order> orders, boolean changeLines) {
        try (Connection connection = environment.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertOrders(connection, orders);
                insertLines(connection, orders);
                if (changeLines) {
                    LineChanges changes = LineChanges.apply(orders);
                    updateQuantities(connection, changes.updated());
                    delete(connection, changes.removed());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("jdbc order writes: " + e.getMessage(), e);
        }
    }

    private static void insertOrders(Connection connection, List<Order> orders) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO purchase_order (customer_name, placed_at) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (Order order : orders) {
                insert.setString(1, order.getCustomerName());
                insert.setObject(2, order.getPlacedAt());
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (Order order : orders) {
                    order.setId(nextKey(keys, "purchase_order"));
                }
            }
        }
    }

    private static void insertLines(Connection connection, List<Order> orders) throws SQLException {
        List<OrderItem> lines = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO order_item (order_id, item_id, quantity, price_paid) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Order order : orders) {
                for (OrderItem line : order.getOrderItems()) {
                    line.setOrderId(order.getId());
                    insert.setInt(1, line.getOrderId());
                    insert.setInt(2, line.getItemId());
                    insert.setInt(3, line.getQuantity());
                    insert.setBigDecimal(4, line.getPricePaid());
                    insert.addBatch();
                    lines.add(line);
                }
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (OrderItem line : lines) {
                    line.setId(nextKey(keys, "order_item"));
                }
            }
        }
    }

    private static int nextKey(ResultSet keys, String table) throws SQLException {
        if (!keys.next()) {
            throw new IllegalStateException("The driver returned fewer generated keys than " + table + " rows inserted");
        }
        return keys.getInt(1);
    }

    private static void updateQuantities(Connection connection, List<OrderItem> lines) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE order_item SET quantity = ? WHERE id = ?")) {
            for (OrderItem line : lines) {
                update.setInt(1, line.getQuantity());
                update.setInt(2, line.getId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void delete(Connection connection, List<OrderItem> lines) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM order_item WHERE id = ?")) {
            for (OrderItem line : lines) {
                delete.setInt(1, line.getId());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}
