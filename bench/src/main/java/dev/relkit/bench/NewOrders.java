package dev.relkit.bench;

import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The orders a writing workload inserts: {@code count} new orders (no ids) of {@code linesPerOrder} lines
 * each, every line selling a different item of the 500 the data has. Their customer names start with
 * {@code prefix}, which marks the rows as the workload's: {@link #read} reads them back, {@link #remove}
 * deletes them, and no other workload's rows start with it.
 *
 * @param prefix        the start of every customer name, e.g. {@code "w6 customer "}
 * @param count         orders per operation
 * @param linesPerOrder lines per order (at most 500)
 */
record NewOrders(String prefix, int count, int linesPerOrder) implements StoredRows {

    private static final int ITEMS = 500;
    private static final LocalDateTime PLACED = LocalDateTime.of(2026, 6, 1, 9, 0);

    /** A new graph: orders with their lines in {@code Order.orderItems} and each line's {@code order} set. */
    List<Order> build() {
        List<Order> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Order order = new Order(prefix + i, PLACED.plusMinutes(i));
            for (int j = 0; j < linesPerOrder; j++) {
                OrderItem line = new OrderItem(1 + j % 5, BigDecimal.valueOf(100 + i % 50 * 10 + j, 2));
                line.setItemId((i * linesPerOrder + j) % ITEMS + 1);
                line.setOrder(order);
                order.getOrderItems().add(line);
            }
            orders.add(order);
        }
        return orders;
    }

    /** A stored line with its order's values, ids left out (they differ from one contender to the next). */
    record StoredLine(String customerName, LocalDateTime placedAt, Integer itemId, Integer quantity,
            BigDecimal pricePaid) {
    }

    /** Every line of the marked orders (an order without lines as one line of nulls), in order then line id order. */
    @Override
    public List<StoredLine> read(DataSource dataSource) {
        List<StoredLine> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        SELECT purchase_order.customer_name, purchase_order.placed_at,
                               order_item.item_id, order_item.quantity, order_item.price_paid
                        FROM purchase_order
                        LEFT JOIN order_item ON order_item.order_id = purchase_order.id
                        WHERE purchase_order.customer_name LIKE ?
                        ORDER BY purchase_order.id, order_item.id""")) {
            statement.setString(1, prefix + "%");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(new StoredLine(rows.getString(1), rows.getObject(2, LocalDateTime.class),
                            rows.getObject(3, Integer.class), rows.getObject(4, Integer.class), rows.getBigDecimal(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read back the orders named '" + prefix + "...': " + e.getMessage(), e);
        }
        return lines;
    }

    /** Deletes the marked orders and their lines. */
    @Override
    public void remove(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            String marked = "'" + prefix + "%'";
            statement.executeUpdate("DELETE order_item FROM order_item JOIN purchase_order ON purchase_order.id = "
                    + "order_item.order_id WHERE purchase_order.customer_name LIKE " + marked);
            statement.executeUpdate("DELETE FROM purchase_order WHERE customer_name LIKE " + marked);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not delete the orders named '" + prefix + "...': " + e.getMessage(), e);
        }
    }
}
