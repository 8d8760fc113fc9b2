package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.composite.CustomerOrderMapper;
import dev.relkit.model.composite.CustomerOrder;
import dev.relkit.model.composite.CustomerOrderLine;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.relkit.mapper.composite.CompositeRelationships.CUSTOMER_ORDER;
import static dev.relkit.mapper.composite.CompositeRelationships.CUSTOMER_ORDER_LINE;
import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CompositeRelationships.LINE_ORDER;
import static dev.relkit.mapper.composite.CustomerOrderDynamicSqlSupport.customerOrder;
import static dev.relkit.mapper.composite.CustomerOrderLineDynamicSqlSupport.customerOrderLine;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThan;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThanOrEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * The two-column foreign key {@code customer_order_line (order_id, customer_id)} through the loader:
 * {@code CustomerOrder.lines} and its inverse {@code CustomerOrderLine.order}. Select-in sends the
 * keys as OR-ed {@code (order_id = ? and customer_id = ?)} groups, so order 1 of Alice and order 1 of
 * Bob keep their own lines; subquery compares the row value {@code (order_id, customer_id)} with the
 * parent query's key pairs. The graphs are compared whole with the joined XML query's.
 */
@RelkitTest
class CompositeKeyLoadingIT {

    /**
     * The many-to-one inverses relkit sets on the children it loads (back-populates); MyBatis's own
     * joined statements, the reference graphs here, leave them null.
     */
    private static final String[] INVERSES = {"lines.order"};

    /** One statement per level up to 1000 parents, so "constant in N" shows as one number. */
    private static final int CHUNK = 1000;

    @Test
    void selectInSendsOrEdKeyPairsAndPutsLinesUnderTheirOwnOrder(
            SqlSession session, CustomerOrderMapper orders, StatementRecorder statements) {
        List<CustomerOrder> reference = orders.selectAllWithLines();
        session.clearCache();
        List<CustomerOrder> loaded = orders.selectAll();

        List<RecordedStatement> run = statements.record(() ->
                ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(selectIn(LINES))));

        assertThat(run).singleElement().satisfies(statement -> {
            assertThat(statement.oneLineSql()).isEqualTo("select id, order_id, customer_id, product, quantity"
                    + " from customer_order_line where (order_id = ? and customer_id = ?) or (order_id = ? and customer_id = ?)"
                    + " or (order_id = ? and customer_id = ?) or (order_id = ? and customer_id = ?) order by id");
            assertThat(statement.parameters()).containsExactly(1, 1, 2, 1, 1, 2, 2, 2);
        });
        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).ignoringFields("customer").isEqualTo(reference);
        assertThat(loaded).extracting(CustomerOrder::getCustomerId, CustomerOrder::getId,
                        o -> o.getLines().stream().map(CustomerOrderLine::getProduct).toList())
                .containsExactly(
                        tuple(1, 1, List.of("Widget", "Gadget")), tuple(1, 2, List.of("Sprocket")),
                        tuple(2, 1, List.of("Widget", "Gizmo", "Doohickey")), tuple(2, 2, List.of()));
    }

    @Test
    void selectInOfTheInverseSharesOneOrderObjectPerKeyPair(
            SqlSession session, CustomerOrderMapper orders, StatementRecorder statements) {
        List<CustomerOrderLine> reference = orders.selectLinesWithOrderDynamic();

        List<CustomerOrderLine> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(CUSTOMER_ORDER_LINE, allLines(), LoadPlan.of(selectIn(LINE_ORDER))));

        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).ignoringFields("customer").isEqualTo(reference);
        assertThat(loaded).extracting(CustomerOrderLine::getId, l -> l.getOrder().getId(), l -> l.getOrder().getCustomerId())
                .containsExactly(tuple(1, 1, 1), tuple(2, 1, 1), tuple(3, 2, 1), tuple(4, 1, 2), tuple(5, 1, 2), tuple(6, 1, 2));
        assertThat(loaded.get(1).getOrder()).as("(1, Alice) once").isSameAs(loaded.get(0).getOrder())
                .isNotSameAs(loaded.get(3).getOrder());
    }

    @Test
    void joinedTrustsTheJoinedQueriesInBothDirections(SqlSession session, CustomerOrderMapper orders,
                                                      StatementRecorder statements) {
        List<CustomerOrder> xml = orders.selectAllWithLines();
        List<CustomerOrder> dynamic = orders.selectAllWithLinesDynamic();
        List<CustomerOrderLine> lines = orders.selectLinesWithOrderDynamic();
        assertThat(lines.get(1).getOrder()).as("plain joined query: equal copies").isNotSameAs(lines.get(0).getOrder());

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(xml, LoadPlan.of(joined(LINES)));
            ReferenceCatalogue.loader(session).load(dynamic, LoadPlan.of(joined(LINES)));
            ReferenceCatalogue.loader(session).load(lines, LoadPlan.of(joined(LINE_ORDER)));
        });

        // customer is a lazy stand-in per load call, whose internals differ
        assertThat(dynamic).usingRecursiveComparison().ignoringFields(INVERSES).ignoringFields("customer").isEqualTo(xml);
        assertThat(xml.get(2).getLines()).extracting(CustomerOrderLine::getProduct).containsExactly("Widget", "Gizmo", "Doohickey");
        assertThat(lines.get(1).getOrder()).as("one (1, Alice) within the load").isSameAs(lines.get(0).getOrder());
    }

    @Test
    void subqueryComparesTheKeyPairWithThePagedParentQueryInOneStatement(
            SqlSession session, CustomerOrderMapper orders, StatementRecorder statements) {
        List<CustomerOrder> reference = orders.selectAllWithLines();
        session.clearCache();
        var firstThreeByTime = select(customerOrder.id, customerOrder.customerId, customerOrder.placedAt).from(customerOrder)
                .orderBy(customerOrder.placedAt, customerOrder.customerId).limit(3);

        List<CustomerOrder> loaded = new java.util.ArrayList<>();
        List<RecordedStatement> run = statements.record(() -> loaded.addAll(ReferenceCatalogue.loader(session)
                .query(CUSTOMER_ORDER, firstThreeByTime, LoadPlan.of(subquery(LINES)))));

        assertThat(run).as("the parents, then all their lines: 2 statements").hasSize(2);
        assertThat(run.get(1).oneLineSql()).isEqualTo("select id, order_id, customer_id, product, quantity"
                + " from customer_order_line where (order_id, customer_id) in (select relkit_parent.id, relkit_parent.customer_id"
                + " from (select id, customer_id, placed_at from customer_order order by placed_at, customer_id limit ?)"
                + " relkit_parent) order by id");
        assertThat(run.get(1).parameters()).containsExactly(3L);
        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).ignoringFields("customer")
                .isEqualTo(List.of(reference.get(0), reference.get(2), reference.get(1)));
        assertThat(loaded).extracting(CustomerOrder::getCustomerId, CustomerOrder::getId,
                        o -> o.getLines().stream().map(CustomerOrderLine::getProduct).toList())
                .containsExactly(tuple(1, 1, List.of("Widget", "Gadget")), tuple(2, 1, List.of("Widget", "Gizmo", "Doohickey")),
                        tuple(1, 2, List.of("Sprocket")));
    }

    @Test
    void lazyLoadsOneOrdersLinesAndOneLinesOrderOnFirstTouch(SqlSession session, CustomerOrderMapper orders,
                                                             StatementRecorder statements) {
        List<CustomerOrder> lazyOrders = orders.selectAll();
        List<CustomerOrderLine> lazyLines = ReferenceCatalogue.loader(session).query(CUSTOMER_ORDER_LINE, allLines(), LoadPlan.of());

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(lazyOrders, LoadPlan.of(lazy(LINES)));
            ReferenceCatalogue.loader(session).load(lazyLines, LoadPlan.of(lazy(LINE_ORDER)));
        });

        List<CustomerOrderLine> bobsFirst = lazyOrders.get(2).getLines();
        assertThat(statements.assertCount(1, bobsFirst::size)).isEqualTo(3);
        assertThat(bobsFirst).extracting(CustomerOrderLine::getId).containsExactly(4, 5, 6);
        CustomerOrder ofLine4 = lazyLines.get(3).getOrder();
        assertThat(statements.assertCount(1, ofLine4::getPlacedAt)).isEqualTo(java.time.LocalDateTime.of(2024, 5, 2, 14, 0));
        assertThat(ofLine4.getCustomerId()).isEqualTo(2);
    }

    @Test
    void raiseNamesTheCompositeKeyAndNoLoadEmpties(SqlSession session, CustomerOrderMapper orders,
                                                   StatementRecorder statements) {
        List<CustomerOrder> raiseOrders = orders.selectAll();
        session.clearCache();
        List<CustomerOrder> noLoadOrders = orders.selectAllWithLines();

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(raiseOrders, LoadPlan.of(raise(LINES)));
            ReferenceCatalogue.loader(session).load(noLoadOrders, LoadPlan.of(noLoad(LINES)));
        });

        assertThatThrownBy(() -> raiseOrders.get(2).getLines().size())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("CustomerOrder.lines").hasMessageContaining("CustomerOrder#[1, 2]");
        assertThat(noLoadOrders).hasSize(4).allSatisfy(order -> assertThat(order.getLines()).isEmpty());
    }

    @ParameterizedTest(name = "{0} orders")
    @ValueSource(ints = {1, 10, 1000})
    void everyStrategyCostsTheSameStatementsWhateverTheNumberOfOrders(
            int orderCount, SqlSession session, CustomerOrderMapper orders, StatementRecorder statements) {
        generateOrders(session, orderCount);
        List<CustomerOrder> reference = generated(orders.selectAllWithLines());
        assertThat(reference).hasSize(orderCount);
        session.clearCache();
        List<CustomerOrder> bySelectIn = generated(orders.selectAll());
        List<CustomerOrder> byJoined = generated(orders.selectAllWithLinesDynamic());
        session.clearCache();
        List<CustomerOrder> lazyOrders = generated(orders.selectAll());
        session.clearCache();
        List<CustomerOrder> raiseOrders = generated(orders.selectAll());
        session.clearCache();
        List<CustomerOrder> noLoadOrders = generated(orders.selectAll());
        var generatedOrders = select(customerOrder.id, customerOrder.customerId, customerOrder.placedAt).from(customerOrder)
                .where(customerOrder.id, isGreaterThan(1000)).orderBy(customerOrder.customerId, customerOrder.id);
        var generatedLines = select(customerOrderLine.id, customerOrderLine.orderId, customerOrderLine.customerId,
                customerOrderLine.product, customerOrderLine.quantity).from(customerOrderLine)
                .where(customerOrderLine.orderId, isGreaterThanOrEqualTo(1000)).orderBy(customerOrderLine.id);

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, CHUNK).load(bySelectIn, LoadPlan.of(selectIn(LINES))));
        session.clearCache();
        List<CustomerOrder> bySubquery = generated(statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(CUSTOMER_ORDER, generatedOrders, LoadPlan.of(subquery(LINES)))));
        List<CustomerOrderLine> linesWithOrders = statements.assertCount(2, () -> ReferenceCatalogue.loader(session, CHUNK)
                .query(CUSTOMER_ORDER_LINE, generatedLines, LoadPlan.of(selectIn(LINE_ORDER))));
        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(byJoined, LoadPlan.of(joined(LINES)));
            ReferenceCatalogue.loader(session).load(lazyOrders, LoadPlan.of(lazy(LINES)));
            ReferenceCatalogue.loader(session).load(raiseOrders, LoadPlan.of(raise(LINES)));
            ReferenceCatalogue.loader(session).load(noLoadOrders, LoadPlan.of(noLoad(LINES)));
        });

        assertThat(bySubquery).hasSize(orderCount);
        for (List<CustomerOrder> loaded : List.of(bySelectIn, byJoined, bySubquery)) {
            assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).ignoringFields("customer").isEqualTo(reference);
            assertThat(loaded).allSatisfy(order -> assertThat(order.getLines())
                    .extracting(CustomerOrderLine::getOrderId, CustomerOrderLine::getCustomerId, CustomerOrderLine::getProduct)
                    .containsExactly(tuple(order.getId(), order.getCustomerId(), order.getId() + "/" + order.getCustomerId() + " a"),
                            tuple(order.getId(), order.getCustomerId(), order.getId() + "/" + order.getCustomerId() + " b")));
        }
        assertThat(linesWithOrders).hasSize(2 * orderCount).allSatisfy(line -> assertThat(line.getOrder())
                .extracting(CustomerOrder::getId, CustomerOrder::getCustomerId).containsExactly(line.getOrderId(), line.getCustomerId()));
        java.util.Map<List<Integer>, CustomerOrder> firstSeen = new java.util.HashMap<>();
        assertThat(linesWithOrders).as("one order object per (id, customer_id)").allSatisfy(line -> assertThat(line.getOrder())
                .isSameAs(firstSeen.computeIfAbsent(List.of(line.getOrderId(), line.getCustomerId()), key -> line.getOrder())));
        assertThat(firstSeen).hasSize(orderCount);
        session.clearCache(); // with one order the lazy statement equals the select-in's, which the session cached
        List<CustomerOrderLine> lastLines = lazyOrders.get(orderCount - 1).getLines();
        assertThat(statements.assertCount(1, lastLines::size)).isEqualTo(2);
        CustomerOrder lastRaising = raiseOrders.get(orderCount - 1);
        assertThatThrownBy(() -> lastRaising.getLines().get(0))
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("CustomerOrder.lines")
                .hasMessageContaining("CustomerOrder#[" + lastRaising.getId() + ", " + lastRaising.getCustomerId() + "]");
        assertThat(noLoadOrders).allSatisfy(order -> assertThat(order.getLines()).isEmpty());
    }

    private static org.mybatis.dynamic.sql.select.QueryExpressionDSL<org.mybatis.dynamic.sql.select.SelectModel> allLines() {
        return select(customerOrderLine.id, customerOrderLine.orderId, customerOrderLine.customerId,
                customerOrderLine.product, customerOrderLine.quantity).from(customerOrderLine);
    }

    /**
     * {@code count} orders numbered from 1001, each number used by Bob and then Alice (so a key of
     * order number alone would mix them), each with two lines "number/customer a" and "... b".
     */
    private static void generateOrders(SqlSession session, int count) {
        GeneratedRows.insert(session,
                "INSERT INTO customer_order (id, customer_id, placed_at)"
                        + " SELECT 1000 + (seq + 1) DIV 2, 1 + seq MOD 2, TIMESTAMP '2025-01-01 00:00:00' + INTERVAL seq MINUTE"
                        + " FROM " + GeneratedRows.sequence(count),
                "INSERT INTO customer_order_line (order_id, customer_id, product, quantity)"
                        + " SELECT id, customer_id, CONCAT(id, '/', customer_id, ' a'), 1 FROM customer_order WHERE id > 1000",
                "INSERT INTO customer_order_line (order_id, customer_id, product, quantity)"
                        + " SELECT id, customer_id, CONCAT(id, '/', customer_id, ' b'), 2 FROM customer_order WHERE id > 1000");
    }

    private static List<CustomerOrder> generated(List<CustomerOrder> orders) {
        return orders.stream().filter(order -> order.getId() > 1000).toList();
    }
}
