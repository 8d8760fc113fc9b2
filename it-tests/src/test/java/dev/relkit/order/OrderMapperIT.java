package dev.relkit.order;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.order.OrderMapper;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The association-object pattern {@code purchase_order -> order_item -> item}: orders with their
 * lines (quantity, price paid) and each line's item, from ONE joined statement, in the XML and the
 * dynamic-SQL form; totals computed from the loaded lines agree with the database's sum.
 */
@RelkitTest
class OrderMapperIT {

    private static final RecursiveComparisonConfiguration DECIMALS_BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
            .build();

    @Test
    void xmlLoadsOrdersWithLinesAndItemsInOneStatement(OrderMapper orders, StatementRecorder statements) {
        assertSeededOrders(statements, orders::selectAllWithItems);
    }

    @Test
    void dynamicSqlLoadsOrdersWithLinesAndItemsInOneStatement(OrderMapper orders, StatementRecorder statements) {
        assertSeededOrders(statements, orders::selectAllWithItemsDynamic);
    }

    @Test
    void oneOrderByIdInBothForms(OrderMapper orders, StatementRecorder statements) {
        Order xml = statements.assertCount(1, () -> orders.selectWithItemsById(2));
        Order dynamic = statements.assertCount(1, () -> orders.selectWithItemsByIdDynamic(2));

        assertThat(xml).usingRecursiveComparison(DECIMALS_BY_VALUE).isEqualTo(order2());
        assertThat(dynamic).usingRecursiveComparison(DECIMALS_BY_VALUE).isEqualTo(order2());
        assertThat(statements.assertCount(1, () -> orders.selectWithItemsByIdDynamic(99))).isNull();
    }

    @Test
    void totalFromLoadedLinesEqualsTheDatabaseSum(OrderMapper orders, StatementRecorder statements) {
        List<Order> all = statements.assertCount(1, orders::selectAllWithItems);

        for (Order order : all) {
            BigDecimal databaseTotal = statements.assertCount(1, () -> orders.selectTotal(order.getId()));
            assertThat(order.total()).as("total of %s", order).isEqualByComparingTo(databaseTotal);
        }
        assertThat(all).extracting(Order::total)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("49.98"), new BigDecimal("69.96"), BigDecimal.ZERO);
    }

    /**
     * What MyBatis does with an item sold in two orders: it keys a nested object by its own id
     * COMBINED with its parent's key, so one result set yields two equal Item objects, not one.
     * (Within one parent, repeated rows do reuse the object: no duplicate lines appear.)
     */
    @Test
    void anItemInTwoOrdersIsTwoEqualObjectsNotOneShared(OrderMapper orders, StatementRecorder statements) {
        List<Order> all = statements.assertCount(1, orders::selectAllWithItems);
        Item tShirtInOrder1 = all.get(0).getOrderItems().get(0).getItem();
        Item tShirtInOrder2 = all.get(1).getOrderItems().get(2).getItem();
        Item mugInOrder1 = all.get(0).getOrderItems().get(1).getItem();
        Item mugInOrder2 = all.get(1).getOrderItems().get(1).getItem();

        assertThat(tShirtInOrder1.getId()).isEqualTo(tShirtInOrder2.getId()).isEqualTo(1);
        assertThat(tShirtInOrder1).isNotSameAs(tShirtInOrder2)
                .usingRecursiveComparison().isEqualTo(tShirtInOrder2);
        assertThat(mugInOrder1.getId()).isEqualTo(mugInOrder2.getId()).isEqualTo(2);
        assertThat(mugInOrder1).isNotSameAs(mugInOrder2)
                .usingRecursiveComparison().isEqualTo(mugInOrder2);
    }

    private static void assertSeededOrders(StatementRecorder statements, Supplier<List<Order>> query) {
        List<Order> all = statements.assertCount(1, query);

        assertThat(all).usingRecursiveComparison(DECIMALS_BY_VALUE).isEqualTo(List.of(order1(), order2(), order3()));
        assertThat(all).extracting(Order::getId).containsExactly(1, 2, 3);
        assertThat(all.get(1).getOrderItems())
                .extracting(OrderItem::getId, line -> line.getItem().getDescription(), OrderItem::getQuantity)
                .containsExactly(
                        tuple(3, "Hat", 3),
                        tuple(4, "Mug", 2),
                        tuple(5, "T-Shirt", 1));
        assertThat(all.get(2).getOrderItems()).as("ed's order has no lines").isEmpty();
        // the lines' back-reference is not mapped by this statement
        assertThat(all.get(0).getOrderItems()).extracting(OrderItem::getOrder).containsOnlyNulls();
    }

    static Order order1() {
        Order order = order(1, "john smith", LocalDateTime.of(2024, 3, 1, 10, 15));
        order.getOrderItems().addAll(List.of(
                line(1, 1, tShirt(), 2, "19.99"),
                line(2, 1, mug(), 1, "10.00")));
        return order;
    }

    static Order order2() {
        Order order = order(2, "jane doe", LocalDateTime.of(2024, 3, 2, 16, 40));
        order.getOrderItems().addAll(List.of(
                line(3, 2, hat(), 3, "8.99"),
                line(4, 2, mug(), 2, "12.50"),
                line(5, 2, tShirt(), 1, "17.99")));
        return order;
    }

    static Order order3() {
        return order(3, "ed", LocalDateTime.of(2024, 3, 3, 9, 5));
    }

    private static Item tShirt() {
        return item(1, "T-Shirt", "19.99");
    }

    private static Item mug() {
        return item(2, "Mug", "12.50");
    }

    private static Item hat() {
        return item(3, "Hat", "8.99");
    }

    private static Order order(int id, String customer, LocalDateTime placedAt) {
        Order order = new Order(customer, placedAt);
        order.setId(id);
        return order;
    }

    private static OrderItem line(int id, int orderId, Item item, int quantity, String pricePaid) {
        OrderItem line = new OrderItem(quantity, new BigDecimal(pricePaid));
        line.setId(id);
        line.setOrderId(orderId);
        line.setItemId(item.getId());
        line.setItem(item);
        return line;
    }

    private static Item item(int id, String description, String price) {
        Item item = new Item(description, new BigDecimal(price));
        item.setId(id);
        return item;
    }
}
