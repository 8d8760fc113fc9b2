package dev.relkit.demo.tour;

import dev.relkit.mapper.composite.CustomerMapper;
import dev.relkit.mapper.composite.CustomerOrderMapper;
import dev.relkit.model.composite.Customer;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A composite foreign key: order numbers are unique per customer only, so lines reference an order
 * by (order_id, customer_id) and every join, EXISTS and resultMap uses both columns.
 */
final class CompositeKeyTour implements TourSection {

    @Override
    public String title() {
        return "Composite foreign key: orders keyed by (id, customer_id) and their lines";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/composite_order.sql");

        List<CustomerOrder> orders = tour.scenario(
                "Orders with lines, joined on order_id AND customer_id (XML, two <id> columns)",
                session -> session.getMapper(CustomerOrderMapper.class).selectAllWithLines());
        orders.forEach(order -> tour.show(describe(order)));

        List<CustomerOrder> withLines = tour.scenario(
                "Orders having lines: any(LINES) correlated on both columns (dynamic SQL)",
                session -> session.getMapper(CustomerOrderMapper.class).selectHavingLinesDynamic());
        tour.show("orders with lines: " + withLines.stream()
                .map(order -> "(" + order.getId() + ", customer " + order.getCustomerId() + ")").toList());

        List<Customer> customers = tour.scenario(
                "Customers -> orders -> lines in one statement, prefixes o_ and o_l_ (dynamic SQL)",
                session -> session.getMapper(CustomerMapper.class).selectAllWithOrdersAndLinesDynamic());
        customers.forEach(customer -> {
            tour.show(customer.getName() + (customer.getOrders().isEmpty() ? ": no orders" : ":"));
            customer.getOrders().forEach(order -> tour.show("  " + describe(order)));
        });
    }

    private static String describe(CustomerOrder order) {
        String lines = order.getLines().isEmpty() ? "no lines" : order.getLines().stream()
                .map(CompositeKeyTour::describe).collect(Collectors.joining(", "));
        return "order " + order.getId() + " of customer " + order.getCustomerId() + ": " + lines;
    }

    private static String describe(CustomerOrderLine line) {
        return line.getQuantity() + " x " + line.getProduct();
    }
}
