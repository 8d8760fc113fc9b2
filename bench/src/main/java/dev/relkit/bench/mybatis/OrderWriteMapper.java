package dev.relkit.bench.mybatis;

import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;

/**
 * W6 and W7: the statements a MyBatis user writes by hand to store orders and their lines, one row per
 * call (run through the {@code BATCH} executor, they are batched per statement).
 */
public interface OrderWriteMapper {

    /** Inserts an order; its generated id is set on it. */
    void insertOrder(Order order);

    /** Inserts a line of an order (its {@code orderId} set); its generated id is set on it. */
    void insertLine(OrderItem line);

    /** Writes a line's quantity. */
    void updateQuantity(OrderItem line);

    /** Deletes a line by id. */
    void deleteLine(OrderItem line);
}
