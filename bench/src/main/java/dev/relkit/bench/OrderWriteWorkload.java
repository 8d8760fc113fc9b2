package dev.relkit.bench;

import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * W6: writes through a unit of work. One operation, in one transaction: one flush inserting 1,000 new
 * orders of 10 lines each (the generated ids read back into the objects), then one flush writing
 * {@link LineChanges} (10 % of the lines updated, 10 % removed from their order and deleted as orphans),
 * then a commit. Every contender must leave the same rows ({@link NewOrders#read}, checked before
 * timing); the rows are deleted after each operation, untimed ({@link OrderWriteBenchmark}).
 */
public final class OrderWriteWorkload {

    /** The orders one operation writes; their customer names start with {@code "w6 customer "}. */
    static final NewOrders ORDERS = new NewOrders("w6 customer ", 1_000, 10);

    public static final Workload<List<Order>> WORKLOAD = new Workload<>("W6",
            "unit-of-work writes: 1,000 orders x 10 lines inserted, then 10 % of the lines updated and 10 % deleted",
            OrderWriteBenchmark.class, contenders(), OrderWriteWorkload::snapshot, OrderWriteWorkload::touch, ORDERS);

    private OrderWriteWorkload() {
    }

    private static Map<String, Contender<List<Order>>> contenders() {
        Map<String, Contender<List<Order>>> contenders = new LinkedHashMap<>();
        contenders.put("jdbc", writing(new JdbcOrderWriter()));
        contenders.put("mybatisBatch", writing(new MyBatisBatchOrderWriter()));
        contenders.put("hibernate", writing(new HibernateOrderWriter()));
        contenders.put("relkit", writing(new RelkitOrderWriter()));
        return contenders;
    }

    /** A contender that writes a new {@link #ORDERS} graph with {@code writer}, then hands the graph to {@code use}. */
    static Contender<List<Order>> writing(OrderWriter writer) {
        return (environment, use) -> operation(writer, environment, use);
    }

    private static Object operation(OrderWriter writer, BenchEnvironment environment, Function<? super List<Order>, ?> use) {
        List<Order> orders = ORDERS.build();
        writer.write(environment, orders, true);
        return use.apply(orders);
    }

    /** How many objects got distinct generated ids back: every order and every line left, or fewer. */
    record GeneratedIds(long orders, long lines) {
    }

    static Object snapshot(List<Order> orders) {
        long lines = orders.stream().flatMap(order -> order.getOrderItems().stream())
                .map(OrderItem::getId).filter(Objects::nonNull).distinct().count();
        return new GeneratedIds(orders.stream().map(Order::getId).filter(Objects::nonNull).distinct().count(), lines);
    }

    static long touch(List<Order> orders) {
        long sum = 0;
        for (Order order : orders) {
            sum += order.getId();
            for (OrderItem line : order.getOrderItems()) {
                sum += line.getId();
            }
        }
        return sum;
    }
}
