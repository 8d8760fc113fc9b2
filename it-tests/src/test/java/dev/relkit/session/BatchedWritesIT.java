package dev.relkit.session;

import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.relation.BackReferences;
import dev.relkit.relation.Metamodel;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.order.OrderRelationships.ALL;
import static dev.relkit.mapper.order.OrderRelationships.ITEM;
import static dev.relkit.mapper.order.OrderRelationships.ORDER;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The unit of work writes the new rows of one table with the same columns in one multi-row
 * {@code INSERT ... RETURNING id} (each object gets the id the database gave its own row), and the
 * deleted rows of one table in one {@code delete ... where id in (...)}; a failing statement rolls
 * the whole flush back.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class BatchedWritesIT {

    private final BackReferences backReferences = new BackReferences(Metamodel.of(ALL));
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
    void newRowsOfOneTableAreInsertedInOneStatementEachObjectWithItsOwnRowsId(StatementRecorder statements) {
        Item first = unit.get(ITEM, 1);
        Item second = unit.get(ITEM, 2);
        List<Order> orders = new ArrayList<>();
        List<OrderItem> lines = new ArrayList<>();
        for (int o = 1; o <= 3; o++) {
            Order order = new Order("Batch " + o, LocalDateTime.of(2024, 5, o, 10, 0));
            for (Item item : List.of(first, second)) {
                OrderItem line = new OrderItem(o * 10 + item.getId(), new BigDecimal("1.50"));
                backReferences.set(ORDER_ITEM_ORDER, line, order);
                backReferences.set(ORDER_ITEM_ITEM, line, item);
                lines.add(line);
            }
            orders.add(order);
            unit.add(order); // the lines follow by save-update cascade
        }

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "insert into purchase_order (customer_name, placed_at) values (?, ?), (?, ?), (?, ?) returning id",
                "insert into order_item (order_id, item_id, quantity, price_paid) values (?, ?, ?, ?), (?, ?, ?, ?),"
                        + " (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?), (?, ?, ?, ?) returning id");
        List<String> expected = new ArrayList<>();
        for (OrderItem line : lines) {
            assertThat(line.getId()).isNotNull();
            assertThat(line.getOrderId()).isEqualTo(line.getOrder().getId());
            expected.add(line.getOrder().getId() + "|" + line.getOrder().getCustomerName() + "|" + line.getId() + "|" + line.getQuantity());
        }
        assertThat(orders).extracting(Order::getId).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(Rows.read(unit.sqlSession().getConnection(),
                "select o.id, o.customer_name, l.id, l.quantity from purchase_order o join order_item l on l.order_id = o.id"
                        + " where o.customer_name like 'Batch %' order by l.id"))
                .as("every object holds the id of the row written from it").containsExactlyElementsOf(expected);
        assertThat(unit.get(ORDER, orders.get(1).getId())).as("the new objects are the session's").isSameAs(orders.get(1));
    }

    @Test
    void aFailingMultiRowInsertRollsTheFlushBackAndLeavesEveryObjectNewWithoutAnId(StatementRecorder statements) {
        Item item = unit.get(ITEM, 1);
        Order order = new Order("Batch duplicate", LocalDateTime.of(2024, 5, 1, 10, 0));
        List<OrderItem> lines = List.of(new OrderItem(1, BigDecimal.ONE), new OrderItem(2, BigDecimal.ONE));
        for (OrderItem line : lines) { // the same item twice: uq_order_item_order_item refuses the second row
            backReferences.set(ORDER_ITEM_ORDER, line, order);
            backReferences.set(ORDER_ITEM_ITEM, line, item);
        }
        unit.add(order);

        assertThatThrownBy(unit::flush).isInstanceOf(FlushException.class)
                .hasMessageContaining("insert of 2 OrderItem rows")
                .hasMessageContaining("Duplicate entry");

        assertThat(order.getId()).isNull();
        assertThat(lines).extracting(OrderItem::getId).containsOnlyNulls();
        assertThat(List.of(order, lines.get(0), lines.get(1))).extracting(unit::state).containsOnly(EntityState.NEW);
        assertThat(Rows.read(unit.sqlSession().getConnection(), "select count(*) from purchase_order where customer_name = 'Batch duplicate'"))
                .containsExactly("0");
    }

    @Test
    void changedRowsOfOneTableWithTheSameChangedColumnsAreUpdatedInOneStatement(StatementRecorder statements) {
        Order order = unit.get(ORDER, 1);
        unit.load(ORDER, List.of(order), LoadPlan.of(selectIn(ORDER_ITEMS)));
        List<OrderItem> lines = order.getOrderItems();
        assertThat(lines).hasSizeGreaterThan(1);
        List<String> expected = new ArrayList<>();
        for (OrderItem line : lines) {
            line.setQuantity(line.getQuantity() + 40 + line.getId());
            expected.add(line.getId() + "|" + line.getQuantity());
        }

        List<RecordedStatement> flushed = statements.record(unit::flush);

        String cases = String.join(" ", lines.stream().map(line -> "when ? then ?").toList());
        String keys = String.join(", ", lines.stream().map(line -> "?").toList());
        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "update order_item set quantity = case id " + cases + " end where id in (" + keys + ")");
        assertThat(Rows.read(unit.sqlSession().getConnection(), "select id, quantity from order_item where order_id = 1 order by id"))
                .containsExactlyElementsOf(expected);
        statements.assertCount(0, unit::flush);
    }

    @Test
    void deletedRowsOfOneTableGoInOneStatement(StatementRecorder statements) {
        Order order = unit.get(ORDER, 1);
        unit.load(ORDER, List.of(order), LoadPlan.of(selectIn(ORDER_ITEMS)));
        List<Integer> lineIds = order.getOrderItems().stream().map(OrderItem::getId).toList();
        assertThat(lineIds).hasSizeGreaterThan(1);
        order.getOrderItems().clear(); // orphans: deleted

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "delete from order_item where id in (" + String.join(",", lineIds.stream().map(id -> "?").toList()) + ")");
        assertThat(flushed.get(0).parameters()).containsExactlyElementsOf(lineIds.stream().map(Integer::longValue).toList());
        assertThat(Rows.read(unit.sqlSession().getConnection(), "select count(*) from order_item where order_id = 1"))
                .containsExactly("0");
    }
}
