package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.order.OrderMapper;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.load.Loading.selectIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Select-in with 10,000 parent keys: the keys are sent in chunks ({@link RelationshipLoader#DEFAULT_CHUNK_SIZE}
 * = 500 unless configured), so the cost is {@code parents + ceil(keys / chunk)} statements per level,
 * and the chunks together give EXACTLY what the joined query gives, compared as whole graphs of ids.
 *
 * <p>The graphs are compared as lists of {@link OrderGraph} records (value equality, in order):
 * AssertJ's recursive comparison tracks visited pairs in a list and is quadratic, minutes for 10,000
 * orders.
 */
@RelkitTest
class ChunkedSelectInIT {

    private static final int ORDERS = 10_000;

    /** What the plain joined XML query maps for the generated orders: the reference graph. */
    private List<OrderGraph> joined;

    @BeforeEach
    void generateTenThousandOrders(SqlSession session, OrderMapper orders) {
        AssociationObjectLoadingIT.generateOrders(session, ORDERS);
        joined = graph(AssociationObjectLoadingIT.generated(orders.selectAllWithItems()));
        assertThat(joined).hasSize(ORDERS).allSatisfy(order -> assertThat(order.lineIds()).hasSize(2));
        session.clearCache();
    }

    @Test
    void defaultChunksOf500CostTwentyInStatementsAndEqualTheJoinedQuery(
            SqlSession session, OrderMapper orders, StatementRecorder statements) {
        AtomicReference<List<Order>> loaded = new AtomicReference<>();

        List<RecordedStatement> run = statements.record(() -> loaded.set(ReferenceCatalogue.loader(session)
                .load(AssociationObjectLoadingIT.generated(orders.selectAll()), LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM)))));

        assertThat(RelationshipLoader.DEFAULT_CHUNK_SIZE).isEqualTo(500);
        assertThat(run).as("1 parents statement + ceil(10000 / 500) chunks").hasSize(1 + 20);
        assertThat(run.subList(1, run.size())).allSatisfy(chunk -> assertThat(chunk.parameters()).hasSize(500));
        assertThat(graph(loaded.get())).isEqualTo(joined);
    }

    @Test
    void aConfiguredChunkSizeSetsTheNumberOfStatementsIncludingTheLastPartialChunk(
            SqlSession session, OrderMapper orders, StatementRecorder statements) {
        List<Order> parents = AssociationObjectLoadingIT.generated(orders.selectAll());

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session, 300)
                .load(parents, LoadPlan.of(selectIn(ORDER_ITEMS).selectIn(ORDER_ITEM_ITEM))));

        // ceil(10000 / 300) = 34 chunks of order keys (33 x 300 + 1 x 100), then the 2 distinct items: 1
        assertThat(run).hasSize(34 + 1);
        assertThat(run.get(33).parameters()).hasSize(100);
        assertThat(run.get(34).parameters()).hasSize(2);
        assertThat(graph(parents)).isEqualTo(joined);
        assertThat(parents).extracting(order -> order.getOrderItems().get(0).getItem())
                .as("one shared Item object across all chunks").allMatch(item -> item == parents.get(0).getOrderItems().get(0).getItem());
    }

    @Test
    void aChunkAsLargeAsTheKeysCostsOneStatement(SqlSession session, OrderMapper orders, StatementRecorder statements) {
        List<Order> parents = AssociationObjectLoadingIT.generated(orders.selectAll());

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, ORDERS)
                .load(parents, LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM))));

        assertThat(graph(parents)).isEqualTo(joined);
    }

    /** One order as ids: its own, its lines' in order and their items'. */
    record OrderGraph(int orderId, List<Integer> lineIds, List<Integer> itemIds, List<String> itemDescriptions) {
    }

    private static List<OrderGraph> graph(List<Order> orders) {
        return orders.stream().map(order -> new OrderGraph(order.getId(),
                order.getOrderItems().stream().map(OrderItem::getId).toList(),
                order.getOrderItems().stream().map(OrderItem::getItemId).toList(),
                order.getOrderItems().stream().map(line -> line.getItem().getDescription()).toList())).toList();
    }
}
