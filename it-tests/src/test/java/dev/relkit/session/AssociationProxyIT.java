package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.order.OrderRelationships;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.relation.Metamodel;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.EntityState;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import static dev.relkit.mapper.order.OrderRelationships.ITEM;
import static dev.relkit.mapper.order.OrderRelationships.ORDER;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.service.proxy.CatalogueProxies.ORDER_ITEMS_PROXY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The association proxy {@code Order.items} ({@code CatalogueProxies.ORDER_ITEMS_PROXY}) written through
 * the unit of work on the order seed: order 1 (john smith) has T-Shirt 2 x 19.99 and Mug 1 x 10.00,
 * order 2 (jane doe) Hat, Mug and T-Shirt, order 3 (ed) nothing. Rows are read by plain JDBC after each
 * flush, commit and rollback.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class AssociationProxyIT {

    private static final Metamodel ORDERS = Metamodel.of(OrderRelationships.ALL);
    private static final String LINE_ROWS = "select order_id, item_id, quantity, price_paid from order_item order by id";
    private static final LoadPlan LINES_AND_ITEMS = LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM));

    private SqlSessionFactory factory;
    private RelkitSession unit;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        this.factory = factory;
        unit = ReferenceCatalogue.session(factory.openSession(false));
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    @Test
    void anOrderOfTwoItemsCreatedThroughTheProxyIsWrittenInOneFlushAndReadBackThroughIt(
            StatementRecorder statements, DataSource dataSource) {
        Item tShirt = unit.get(ITEM, 1);
        Item mug = unit.get(ITEM, 2);
        Order order = new Order("ada lovelace", LocalDateTime.of(2024, 3, 4, 11, 0));
        List<Item> items = ORDER_ITEMS_PROXY.list(order);
        items.add(tShirt);
        items.add(mug);
        ORDER_ITEMS_PROXY.associationOf(order, tShirt).orElseThrow().setQuantity(2);
        unit.add(order); // the new lines follow by Order.orderItems' save-update cascade

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "insert into purchase_order (customer_name, placed_at) values (?, ?)",
                "insert into order_item (order_id, item_id, quantity, price_paid) values (?, ?, ?, ?), (?, ?, ?, ?) returning id");
        assertThat(flushed.get(1).parameters()).containsExactly(order.getId(), 1, 2, new BigDecimal("19.99"),
                order.getId(), 2, 1, new BigDecimal("12.50"));
        String newLines = "select o.customer_name, i.description, l.quantity, l.price_paid from order_item l"
                + " join purchase_order o on o.id = l.order_id join item i on i.id = l.item_id where o.id = " + order.getId()
                + " order by l.id";
        assertThat(Rows.read(connection(), newLines)).containsExactly("ada lovelace|T-Shirt|2|19.99", "ada lovelace|Mug|1|12.50");
        assertThat(Rows.committed(dataSource, "select count(*) from order_item")).as("not committed yet").containsExactly("5");
        statements.assertCount(0, unit::flush);
        statements.assertCount(0, unit::commit);
        assertThat(Rows.committed(dataSource, newLines)).containsExactly("ada lovelace|T-Shirt|2|19.99", "ada lovelace|Mug|1|12.50");

        try (RelkitSession reader = ReferenceCatalogue.session(factory.openSession(false))) {
            Order readBack = statements.assertCount(2, () -> reader.load(ORDER,
                    List.of(reader.get(ORDER, order.getId())), LINES_AND_ITEMS).get(0));
            assertThat(ORDER_ITEMS_PROXY.list(readBack)).extracting(Item::getDescription, Item::getPrice)
                    .containsExactly(tuple("T-Shirt", new BigDecimal("19.99")), tuple("Mug", new BigDecimal("12.50")));
            assertThat(readBack.getOrderItems()).extracting(OrderItem::getQuantity, OrderItem::getPricePaid)
                    .containsExactly(tuple(2, new BigDecimal("19.99")), tuple(1, new BigDecimal("12.50")));
            assertThat(readBack.total()).isEqualByComparingTo("52.48");
        }
    }

    @Test
    void removingAnItemThroughTheProxyDeletesItsLineAsAnOrphanAndRollbackBringsItBack(
            StatementRecorder statements, DataSource dataSource) {
        Order johnSmith = loadOrder(statements, 1);
        Item mug = ORDER_ITEMS_PROXY.list(johnSmith).get(1);
        OrderItem mugLine = johnSmith.getOrderItems().get(1);

        assertThat(ORDER_ITEMS_PROXY.list(johnSmith).remove(mug)).isTrue();
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly("delete from order_item where id = ?");
        assertThat(flushed.get(0).parameters()).containsExactly(2L);
        assertThat(unit.state(mugLine)).isEqualTo(EntityState.DETACHED);
        assertThat(unit.state(mug)).as("the item is not an orphan of the order").isEqualTo(EntityState.PERSISTENT);
        assertThat(Rows.read(connection(), LINE_ROWS)).containsExactly("1|1|2|19.99", "2|3|3|8.99", "2|2|2|12.50", "2|1|1|17.99");

        unit.rollback();

        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactly(
                "1|1|2|19.99", "1|2|1|10.00", "2|3|3|8.99", "2|2|2|12.50", "2|1|1|17.99");
        assertThat(unit.state(mugLine)).as("as before the flush: the next flush finds the orphan again").isEqualTo(EntityState.PERSISTENT);
        assertThat(johnSmith.getOrderItems()).as("the application's change stays").doesNotContain(mugLine);
        statements.assertCount(1, unit::commit);
        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactly("1|1|2|19.99", "2|3|3|8.99", "2|2|2|12.50", "2|1|1|17.99");
        assertThat(Rows.committed(dataSource, "select count(*) from item")).containsExactly("4");
    }

    @Test
    void settingAPositionPointsTheExistingLineAtAnotherItemWithOneUpdate(StatementRecorder statements, DataSource dataSource) {
        Order johnSmith = loadOrder(statements, 1);
        Item hat = unit.get(ITEM, 3);

        Item replaced = ORDER_ITEMS_PROXY.list(johnSmith).set(1, hat);
        List<RecordedStatement> flushed = statements.record(unit::commit);

        assertThat(replaced.getDescription()).isEqualTo("Mug");
        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly("update order_item set item_id = ? where id = ?");
        assertThat(flushed.get(0).parameters()).containsExactly(3, 2L);
        assertThat(Rows.committed(dataSource, LINE_ROWS + " limit 2")).containsExactly("1|1|2|19.99", "1|3|1|10.00");
    }

    @Test
    void theListFollowsTheDeclaredOrderByOnceReloadedWhateverPositionItWasAddedAt(
            StatementRecorder statements, DataSource dataSource) {
        Order johnSmith = loadOrder(statements, 1);
        Item hat = unit.get(ITEM, 3);
        ORDER_ITEMS_PROXY.list(johnSmith).add(0, hat);
        assertThat(ORDER_ITEMS_PROXY.list(johnSmith)).extracting(Item::getDescription).containsExactly("Hat", "T-Shirt", "Mug");

        statements.assertCount(1, unit::commit);

        assertThat(Rows.committed(dataSource, "select i.description from order_item l join item i on i.id = l.item_id"
                + " where l.order_id = 1 order by l.id")).containsExactly("T-Shirt", "Mug", "Hat");
        try (RelkitSession reader = ReferenceCatalogue.session(factory.openSession(false))) {
            Order reloaded = reader.load(ORDER, List.of(reader.get(ORDER, 1)), LINES_AND_ITEMS).get(0);
            assertThat(ORDER_ITEMS_PROXY.list(reloaded)).as("Order.orderItems is ordered by order_item.id")
                    .extracting(Item::getDescription).containsExactly("T-Shirt", "Mug", "Hat");
            assertThat(reloaded.getOrderItems()).extracting(OrderItem::getPricePaid)
                    .containsExactly(new BigDecimal("19.99"), new BigDecimal("10.00"), new BigDecimal("8.99"));
        }
    }

    @Test
    void deletingAnOrderDeletesItsLinesButNotTheirItems(StatementRecorder statements, DataSource dataSource) {
        Order janeDoe = unit.get(ORDER, 2); // lines not loaded: the delete cascade reads them

        unit.delete(janeDoe);
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, order_id, item_id, quantity, price_paid from order_item where order_id in (?) order by id",
                "delete from order_item where id in (?,?,?)",
                "delete from purchase_order where id = ?");
        assertThat(Rows.read(connection(), LINE_ROWS)).containsExactly("1|1|2|19.99", "1|2|1|10.00");
        unit.commit();
        assertThat(Rows.committed(dataSource, "select customer_name from purchase_order order by id")).containsExactly("john smith", "ed");
        assertThat(Rows.committed(dataSource, LINE_ROWS)).containsExactly("1|1|2|19.99", "1|2|1|10.00");
        assertThat(Rows.committed(dataSource, "select description from item order by id")).containsExactly("T-Shirt", "Mug", "Hat", "Crowbar");
    }

    /** The order, its lines and their items: 2 statements (the order by id, the lines joined to their items). */
    private Order loadOrder(StatementRecorder statements, int id) {
        return statements.assertCount(2, () -> unit.load(ORDER, List.of(unit.get(ORDER, id)), LINES_AND_ITEMS).get(0));
    }

    private Connection connection() {
        return unit.sqlSession().getConnection();
    }
}
