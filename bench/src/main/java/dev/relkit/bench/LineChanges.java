package dev.relkit.bench;

import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import java.util.ArrayList;
import java.util.List;

/**
 * W6's second flush, made to the graph: every order's first line gets 10 more of its item and its last
 * line is removed from {@code Order.orderItems} (a delete-orphan collection: the row is deleted). With 10
 * lines per order that is 10 % of the lines updated and 10 % removed.
 *
 * @param updated the lines whose quantity changed
 * @param removed the lines taken out of their order
 */
record LineChanges(List<OrderItem> updated, List<OrderItem> removed) {

    static LineChanges apply(List<Order> orders) {
        List<OrderItem> updated = new ArrayList<>(orders.size());
        List<OrderItem> removed = new ArrayList<>(orders.size());
        for (Order order : orders) {
            List<OrderItem> lines = order.getOrderItems();
            OrderItem first = lines.get(0);
            first.setQuantity(first.getQuantity() + 10);
            updated.add(first);
            removed.add(lines.remove(lines.size() - 1));
        }
        return new LineChanges(updated, removed);
    }
}
