package dev.relkit.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.StatementRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke check, the only part of it CI runs (nothing is timed): on the generated data,
 * every contender of every workload loads the same graph as the JDBC contender, with the statement
 * counts the results table reports.
 */
class GraphCheckIT {

    private static BenchDatabase bench;
    private static BenchEnvironment recorded;

    @BeforeAll
    static void loadBenchmarkData() {
        bench = BenchDatabase.start(DatabaseChoice.fromSystem());
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

    @Test
    void ordersLoadTheJdbcGraphInOneJoinedStatementOrFourSelectInsNotOnePerOrder() {
        assertThat(GraphCheck.check(OrderWorkload.WORKLOAD, recorded, statements())).containsExactly(
                entry("jdbc", 1), entry("relkitJoined", 1), entry("mybatisJoined", 1), entry("relkitSelectIn", 4), entry("relkitSelectInJoined", 3),
                entry("relkitLazy", 1501), entry("mybatisNestedSelect", 1501),
                entry("hibernateJoinFetch", 1), entry("hibernateBatch", 4), entry("flexRelations", 3));
    }

    @Test
    void heroLoadsTheJdbcGraphWithBothTeams() {
        assertThat(GraphCheck.check(HeroWorkload.WORKLOAD, recorded, statements())).containsExactly(
                entry("jdbc", 1), entry("relkitJoined", 1), entry("mybatisJoined", 1), entry("relkitSelectIn", 3), entry("relkitLazy", 3),
                entry("mybatisNestedSelect", 3), entry("hibernateJoinFetch", 1), entry("hibernateBatch", 2),
                entry("flexRelations", 3));
    }

    @Test
    void postsLoadTheJdbcGraphInOneJoinedStatementOrFiveSelectIns() {
        assertThat(GraphCheck.check(BlogWorkload.WORKLOAD, recorded, statements())).containsExactly(
                entry("jdbc", 1), entry("relkitJoined", 1), entry("mybatisJoined", 1), entry("relkitSelectIn", 5), entry("relkitLazy", 451),
                entry("mybatisNestedSelect", 451), entry("hibernateJoinFetch", 2), entry("hibernateBatch", 4),
                entry("flexRelations", 6));
    }

    @Test
    void treeLoadsTheJdbcGraphToDepthFourInOneStatementOrOnePerLevelAndChunk() {
        assertThat(GraphCheck.check(TreeWorkload.WORKLOAD, recorded, statements())).containsExactly(
                entry("jdbc", 1), entry("relkitJoined", 1), entry("mybatisJoined", 1), entry("relkitRecursiveCte", 1), entry("relkitSelectIn", 6),
                entry("mybatisNestedSelect", 11112), entry("hibernateJoinFetch", 1), entry("hibernateBatch", 6),
                entry("flexRelations", 5));
    }

    @Test
    void oneMillionEmployeeRowsStreamToTheJdbcSummaryInOneStatement() {
        assertThat(GraphCheck.check(StreamWorkload.WORKLOAD, recorded, statements())).containsExactly(
                entry("jdbc", 1), entry("relkitJoinedCursor", 1), entry("mybatisJoinedCursor", 1), entry("hibernateJoinFetchScroll", 1));
    }
}
