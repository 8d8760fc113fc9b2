package dev.relkit.bench;

import dev.relkit.model.order.Order;
import java.util.List;

/**
 * One contender's way of writing new orders in one transaction: the orders and their lines inserted in
 * one flush (the generated ids read back into the objects), then, when {@code changeLines}, the
 * {@link LineChanges} made to the graph and written in a second flush, then a commit.
 */
@FunctionalInterface
interface OrderWriter {

    void write(BenchEnvironment environment, List<Order> orders, boolean changeLines);
}
