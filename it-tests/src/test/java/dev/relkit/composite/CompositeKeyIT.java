package dev.relkit.composite;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.composite.CustomerMapper;
import dev.relkit.mapper.composite.CustomerOrderMapper;
import dev.relkit.model.composite.Customer;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Orders keyed by (order number, customer) and lines referencing them with both columns. The seed
 * has orders 1 and 2 for both Alice and Bob, so a join or a resultMap that used one column would put
 * lines under the wrong order or merge two orders; every test asserts the full graph.
 */
@RelkitTest
class CompositeKeyIT {

    @Test
    void linesLandUnderTheirOwnCustomersOrderInXml(CustomerOrderMapper orders, StatementRecorder statements) {
        List<CustomerOrder> all = statements.assertCount(1, orders::selectAllWithLines);

        assertThat(all).usingRecursiveComparison().isEqualTo(allOrders());
    }

    @Test
    void linesLandUnderTheirOwnCustomersOrderInDynamicSql(CustomerOrderMapper orders, StatementRecorder statements) {
        List<CustomerOrder> all = statements.assertCount(1, orders::selectAllWithLinesDynamic);

        assertThat(all).usingRecursiveComparison().isEqualTo(allOrders());
        assertThat(all).extracting(CustomerOrder::getId, CustomerOrder::getCustomerId, order -> order.getLines().size())
                .containsExactly(
                        tuple(1, 1, 2), tuple(2, 1, 1),
                        tuple(1, 2, 3), tuple(2, 2, 0));
    }

    @Test
    void orderIsFoundByBothKeyColumns(CustomerOrderMapper orders, StatementRecorder statements) {
        CustomerOrder bobsFirst = statements.assertCount(1, () -> orders.selectWithLinesByKey(1, 2));
        CustomerOrder bobsSecond = statements.assertCount(1, () -> orders.selectWithLinesByKey(2, 2));
        CustomerOrder carolsFirst = statements.assertCount(1, () -> orders.selectWithLinesByKey(1, 3));

        assertThat(bobsFirst).usingRecursiveComparison().isEqualTo(allOrders().get(2));
        assertThat(bobsSecond).usingRecursiveComparison().isEqualTo(allOrders().get(3));
        assertThat(bobsSecond.getLines()).as("Alice's order 2 has a line, Bob's has none").isEmpty();
        assertThat(carolsFirst).isNull();
    }

    @Test
    void anyLinesKeepsOnlyOrdersWithTheirOwnLines(CustomerOrderMapper orders, StatementRecorder statements) {
        List<CustomerOrder> having = statements.assertCount(1, orders::selectHavingLinesDynamic);

        // (2, Bob) has no line; with order_id alone it would match Alice's line 3 and stay
        assertThat(having).usingRecursiveComparison().isEqualTo(new ArrayList<>(allOrders().subList(0, 3)));
    }

    @Test
    void eachLineReferencesItsOrderByBothColumns(CustomerOrderMapper orders, StatementRecorder statements) {
        List<CustomerOrderLine> lines = statements.assertCount(1, orders::selectLinesWithOrderDynamic);

        List<CustomerOrder> expectedOrders = allOrders();
        List<CustomerOrderLine> expected = new ArrayList<>();
        for (CustomerOrder order : expectedOrders) {
            for (CustomerOrderLine line : order.getLines()) {
                line.setOrder(order(order.getId(), order.getCustomerId(), order.getPlacedAt()));
                expected.add(line);
            }
        }
        assertThat(lines).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void customersCarryOrdersAndLinesTwoLevelsDeepInXmlAndDynamicSql(CustomerMapper customers, StatementRecorder statements) {
        List<CustomerOrder> orders = allOrders();
        Customer alice = customer(1, "Alice");
        alice.getOrders().addAll(List.of(orders.get(0), orders.get(1)));
        Customer bob = customer(2, "Bob");
        bob.getOrders().addAll(List.of(orders.get(2), orders.get(3)));
        List<Customer> expected = List.of(alice, bob, customer(3, "Carol"));

        assertThat(statements.assertCount(1, customers::selectAllWithOrdersAndLines))
                .usingRecursiveComparison().isEqualTo(expected);
        assertThat(statements.assertCount(1, customers::selectAllWithOrdersAndLinesDynamic))
                .usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void seedMakesAOneColumnJoinWrong(DataSource dataSource) throws SQLException {
        // the premise of this class: joining on order_id alone gives order 1 of Alice five lines
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM customer_order o"
                        + " JOIN customer_order_line l ON l.order_id = o.id WHERE o.id = 1 AND o.customer_id = 1")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(5);
        }
    }

    /** The seed's orders with their lines, in customer, order-number order. */
    static List<CustomerOrder> allOrders() {
        CustomerOrder alice1 = order(1, 1, LocalDateTime.of(2024, 5, 1, 9, 0));
        alice1.getLines().addAll(List.of(line(1, 1, 1, "Widget", 3), line(2, 1, 1, "Gadget", 1)));
        CustomerOrder alice2 = order(2, 1, LocalDateTime.of(2024, 5, 3, 10, 30));
        alice2.getLines().add(line(3, 2, 1, "Sprocket", 10));
        CustomerOrder bob1 = order(1, 2, LocalDateTime.of(2024, 5, 2, 14, 0));
        bob1.getLines().addAll(List.of(line(4, 1, 2, "Widget", 5), line(5, 1, 2, "Gizmo", 2), line(6, 1, 2, "Doohickey", 1)));
        CustomerOrder bob2 = order(2, 2, LocalDateTime.of(2024, 5, 4, 16, 45));
        return new ArrayList<>(List.of(alice1, alice2, bob1, bob2));
    }

    private static Customer customer(int id, String name) {
        Customer customer = new Customer(name);
        customer.setId(id);
        return customer;
    }

    private static CustomerOrder order(int id, int customerId, LocalDateTime placedAt) {
        return new CustomerOrder(id, customerId, placedAt);
    }

    private static CustomerOrderLine line(int id, int orderId, int customerId, String product, int quantity) {
        CustomerOrderLine line = new CustomerOrderLine(product, quantity);
        line.setId(id);
        line.setOrderId(orderId);
        line.setCustomerId(customerId);
        return line;
    }
}
