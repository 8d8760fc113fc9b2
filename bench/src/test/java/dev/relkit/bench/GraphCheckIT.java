package dev.relkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.StatementRecorder;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke check, the only part of it CI runs (nothing is timed): on the generated data,
 * every contender of every workload loads the same graph as the JDBC contender, with the statement
 * counts the results table reports.
 */
class GraphCheckIT {

    /** The system property naming the database to fill, to keep runs on a shared server apart. */
    private static final String DATABASE_PROPERTY = "relkit.bench.database";

    private static BenchDatabase bench;
    private static BenchEnvironment recorded;

    @BeforeAll
    static void loadBenchmarkData() {
        bench = BenchDatabase.start(DatabaseChoice.fromSystem(),
                System.getProperty(DATABASE_PROPERTY, BenchDatabase.DATABASE));
        recorded = BenchEnvironment.recorded(bench.database());
    }

    @AfterAll
    static void close() throws Exception {
        if (recorded != null) {
            recorded.close();
        }
        if (bench != null) {
            bench.close();
        }
    }

    private static StatementRecorder statements() {
        return bench.database().statements();
    }

    /** A reading contender's expected count: {@code statements} round trips, none batched. */
    private static Map.Entry<String, StatementCount> reads(String contender, int statements) {
        return entry(contender, StatementCount.unbatched(statements));
    }

    @Test
    void ordersLoadTheJdbcGraphInOneJoinedStatementOrFourSelectInsNotOnePerOrder() {
        assertThat(GraphCheck.check(OrderWorkload.WORKLOAD, recorded, statements())).containsExactly(
                reads("jdbc", 1), reads("jdbcSelectIn", 4), reads("relkitJoined", 1), reads("mybatisJoined", 1),
                reads("relkitSelectIn", 4), reads("relkitSelectInJoined", 3),
                reads("relkitLazy", 1501), reads("mybatisNestedSelect", 1501),
                reads("hibernateJoinFetch", 1), reads("hibernateBatch", 4), reads("flexRelations", 3));
    }

    @Test
    void heroLoadsTheJdbcGraphWithBothTeams() {
        assertThat(GraphCheck.check(HeroWorkload.WORKLOAD, recorded, statements())).containsExactly(
                reads("jdbc", 1), reads("relkitJoined", 1), reads("mybatisJoined", 1), reads("relkitSelectIn", 3), reads("relkitLazy", 3),
                reads("mybatisNestedSelect", 3), reads("hibernateJoinFetch", 1), reads("hibernateBatch", 2),
                reads("flexRelations", 3));
    }

    @Test
    void postsLoadTheJdbcGraphInOneJoinedStatementOrFiveSelectIns() {
        assertThat(GraphCheck.check(BlogWorkload.WORKLOAD, recorded, statements())).containsExactly(
                reads("jdbc", 1), reads("jdbcSelectIn", 4), reads("relkitJoined", 1), reads("mybatisJoined", 1),
                reads("relkitSelectIn", 5), reads("relkitLazy", 451),
                reads("mybatisNestedSelect", 451), reads("hibernateJoinFetch", 2), reads("hibernateBatch", 4),
                reads("flexRelations", 6));
    }

    @Test
    void treeLoadsTheJdbcGraphToDepthFourInOneStatementOrOnePerLevelAndChunk() {
        assertThat(GraphCheck.check(TreeWorkload.WORKLOAD, recorded, statements())).containsExactly(
                reads("jdbc", 1), reads("jdbcSelectIn", 6), reads("relkitJoined", 1), reads("mybatisJoined", 1),
                reads("relkitRecursiveCte", 1), reads("relkitSelectIn", 6),
                reads("mybatisNestedSelect", 11112), reads("hibernateJoinFetch", 1), reads("hibernateBatch", 6),
                reads("flexRelations", 5));
    }

    @Test
    void oneMillionEmployeeRowsStreamToTheJdbcSummaryInOneStatement() {
        assertThat(GraphCheck.check(StreamWorkload.WORKLOAD, recorded, statements())).containsExactly(
                reads("jdbc", 1), reads("relkitJoinedCursor", 1), reads("mybatisJoinedCursor", 1), reads("hibernateJoinFetchScroll", 1));
    }

    /**
     * 1,000 orders and 10,000 lines inserted, 1,000 lines updated and 1,000 deleted: JDBC and MyBatis's
     * batch executor in four batches, Hibernate with every IDENTITY insert alone (only the updates and the
     * deletes batched), relkit in 26 multi-row statements; every contender leaves the JDBC contender's rows, and none of them afterwards.
     */
    @Test
    void orderWritesLeaveTheJdbcRowsInFourBatchesOrOneRoundTripPerInsert() {
        assertThat(GraphCheck.check(OrderWriteWorkload.WORKLOAD, recorded, statements())).containsExactly(
                entry("jdbc", new StatementCount(4, 13_000)), entry("mybatisBatch", new StatementCount(4, 13_000)),
                entry("hibernate", new StatementCount(11_002, 13_000)),
                entry("relkit", StatementCount.unbatched(26))); // multi-row statements of up to 500 rows: 2 + 20 inserts, 2 updates, 2 deletes
        assertThat(OrderWriteWorkload.ORDERS.read(bench.database().dataSource())).isEmpty();
    }

    /** One write (an order of two lines) and one W2 read per contender, the same hero and rows as JDBC's. */
    @Test
    void concurrencyContendersWriteTheJdbcRowsAndReadTheJdbcHero() {
        assertThat(GraphCheck.check(ConcurrencyWorkload.WORKLOAD, recorded, statements())).containsExactly(
                entry("jdbc", new StatementCount(3, 4)), reads("relkit", 3), reads("hibernate", 4));
        assertThat(ConcurrencyWorkload.ORDERS.read(bench.database().dataSource())).isEmpty();
    }
}
