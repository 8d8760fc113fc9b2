package dev.relkit.demo.tour;

import dev.relkit.mapper.order.OrderMapper;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The association object {@code purchase_order -> order_item -> item}: order lines carry their own
 * quantity and price paid; totals come from the loaded lines and agree with the database's sum.
 */
final class OrderTour implements TourSection {

    @Override
    public String title() {
        return "Association object: orders, order items (quantity, price paid) and items";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/order_item.sql");

        List<Order> orders = tour.scenario("Every order with its lines and each line's item (XML mapper, one statement)",
                session -> session.getMapper(OrderMapper.class).selectAllWithItems());
        orders.forEach(order -> tour.show(describe(order)));

        Order first = tour.scenario("Order 1 with its items (dynamic SQL, joins from OrderRelationships)",
                session -> session.getMapper(OrderMapper.class).selectWithItemsByIdDynamic(1));
        tour.show(describe(first));
        BigDecimal databaseTotal = tour.scenario("Order 1's total as the database sums it",
                session -> session.getMapper(OrderMapper.class).selectTotal(1));
        tour.show("Order.total() from the loaded lines = " + first.total() + ", database sum = " + databaseTotal);

        Item tShirtInOrder1 = orders.get(0).getOrderItems().get(0).getItem();
        Item tShirtInOrder2 = orders.get(1).getOrderItems().get(2).getItem();
        tour.show("T-Shirt under order 1 and under order 2: same object? " + (tShirtInOrder1 == tShirtInOrder2)
                + " (MyBatis keys nested objects per parent; equal values: "
                + tShirtInOrder1.toString().equals(tShirtInOrder2.toString()) + ")");
    }

    private static String describe(Order order) {
        String lines = order.getOrderItems().stream().map(OrderTour::describe)
                .collect(Collectors.joining(", ", "[", "]"));
        return "Order " + order.getId() + " (" + order.getCustomerName() + "): " + lines + " total " + order.total();
    }

    private static String describe(OrderItem line) {
        Item item = line.getItem();
        String price = line.getPricePaid().compareTo(item.getPrice()) == 0 ? ""
                : " (list price " + item.getPrice() + ")";
        return line.getQuantity() + " x " + item.getDescription() + " @ " + line.getPricePaid() + price;
    }
}
