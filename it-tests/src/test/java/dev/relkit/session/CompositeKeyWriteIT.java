package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.composite.CompositeRelationships;
import dev.relkit.model.composite.Customer;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.EntityState;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import static dev.relkit.mapper.composite.CompositeRelationships.CUSTOMER_ORDER;
import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CompositeRelationships.ORDER_CUSTOMER;
import static dev.relkit.load.Loading.selectIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes over the composite key of {@code customer_order (id, customer_id)} and the two-column
 * foreign key of its lines, checked by plain JDBC after each flush, commit and rollback.
 * {@code CustomerOrder.lines} cascades save-update, delete and delete-orphan. Seed: order 1 exists for
 * Alice (lines 1, 2) and for Bob (lines 4, 5, 6); order 2 for Alice (line 3) and Bob (no lines).
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class CompositeKeyWriteIT {

    private static final Metamodel ORDERS = Metamodel.of(CompositeRelationships.ALL);
    private static final String LINE_ROWS = "select id, order_id, customer_id, product from customer_order_line order by id";

    private final BackReferences backReferences = new BackReferences(ORDERS);
    private RelkitSession unit;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        unit = ReferenceCatalogue.session(factory.openSession(false));
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    @Test
    void aNewCustomersOrderAndItsLinesAreInsertedInOneFlushWithBothKeyColumnsCopied(StatementRecorder statements, DataSource dataSource) {
        Customer dana = new Customer("Dana");
        CustomerOrder order = new CustomerOrder(1, null, LocalDateTime.parse("2024-06-01T09:30:00"));
        backReferences.set(ORDER_CUSTOMER, order, dana);
        CustomerOrderLine widgets = new CustomerOrderLine("Widget", 4);
        CustomerOrderLine gizmo = new CustomerOrderLine("Gizmo", 1);
        backReferences.add(LINES, order, widgets);
        backReferences.add(LINES, order, gizmo);
        unit.add(order); // the customer and the lines follow by save-update cascade

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "insert into customer (name) values (?)",
                "insert into customer_order (id, customer_id, placed_at) values (?, ?, ?)",
                "insert into customer_order_line (order_id, customer_id, product, quantity) values (?, ?, ?, ?), (?, ?, ?, ?) returning id");
        Integer danaId = dana.getId();
        assertThat(order.getCustomerId()).as("the key part copied from the new customer").isEqualTo(danaId);
        assertThat(List.of(widgets, gizmo)).extracting(CustomerOrderLine::getOrderId, CustomerOrderLine::getCustomerId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(1, danaId));
        String danaRows = "select o.id, o.customer_id, l.product, l.quantity from customer_order o"
                + " join customer_order_line l on l.order_id = o.id and l.customer_id = o.customer_id"
                + " where o.customer_id = " + danaId + " order by l.id";
        List<String> expected = List.of("1|" + danaId + "|Widget|4", "1|" + danaId + "|Gizmo|1");
        assertThat(Rows.read(unit.sqlSession().getConnection(), danaRows)).containsExactlyElementsOf(expected);
        assertThat(Rows.committed(dataSource, "select count(*) from customer_order_line")).as("not committed").containsExactly("6");
        statements.assertCount(0, unit::flush);
        unit.commit();
        assertThat(Rows.committed(dataSource, danaRows)).containsExactlyElementsOf(expected);
        assertThat(unit.get(CUSTOMER_ORDER, 1, danaId)).as("identity by the two-column key").isSameAs(order);
    }

    @Test
    void deletingAnOrderDeletesItsLinesByTheTwoColumnKeyOnly(StatementRecorder statements, DataSource dataSource) {
        CustomerOrder bobsFirst = unit.get(CUSTOMER_ORDER, 1, 2);
        unit.delete(bobsFirst);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, order_id, customer_id, product, quantity from customer_order_line"
                        + " where order_id = ? and customer_id = ? order by id",
                "delete from customer_order_line where id in (?,?,?)",
                "delete from customer_order where id = ? and customer_id = ?");
        List<String> aliceOnly = List.of("1|1|1|Widget", "2|1|1|Gadget", "3|2|1|Sprocket");
        assertThat(Rows.read(unit.sqlSession().getConnection(), LINE_ROWS)).as("Alice's order 1 keeps its lines").containsExactlyElementsOf(aliceOnly);
        assertThat(Rows.read(unit.sqlSession().getConnection(), "select id, customer_id from customer_order order by customer_id, id"))
                .containsExactly("1|1", "2|1", "2|2");

        unit.rollback();
        assertThat(Rows.committed(dataSource, "select count(*) from customer_order_line")).containsExactly("6");
        assertThat(unit.state(bobsFirst)).isEqualTo(EntityState.DELETED);
        unit.commit();
        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactlyElementsOf(aliceOnly);
    }

    @Test
    void aLineTakenOutOfItsOrderIsDeleted(StatementRecorder statements, DataSource dataSource) {
        CustomerOrder alicesFirst = unit.get(CUSTOMER_ORDER, 1, 1);
        unit.load(CUSTOMER_ORDER, List.of(alicesFirst), LoadPlan.of(selectIn(LINES)));
        assertThat(alicesFirst.getLines()).extracting(CustomerOrderLine::getProduct).containsExactly("Widget", "Gadget");

        alicesFirst.getLines().remove(0);
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).singleElement().satisfies(delete -> {
            assertThat(delete.oneLineSql()).isEqualTo("delete from customer_order_line where id = ?");
            assertThat(delete.parameters()).containsExactly(1L);
        });
        unit.commit();
        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactly(
                "2|1|1|Gadget", "3|2|1|Sprocket", "4|1|2|Widget", "5|1|2|Gizmo", "6|1|2|Doohickey");
    }
}
