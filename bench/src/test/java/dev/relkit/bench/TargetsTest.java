package dev.relkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relkit.bench.BenchResults.ContenderResult;
import dev.relkit.bench.BenchResults.WorkloadResult;
import dev.relkit.bench.Target.TargetResult;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The targets' verdicts are computed from a run's numbers: met, missed, undecided within the error bars, not timed. */
class TargetsTest {

    private static ContenderResult timed(String contender, double millis, double error) {
        return new ContenderResult(contender, "W.b." + contender, millis, error, "ms/op", null, 1, 1, 1000.0, null, null,
                "1g", null, null);
    }

    private static ContenderResult allocating(String contender, double bytes) {
        return new ContenderResult(contender, "W.b." + contender, 1000, 0.1, "ms/op", null, 1, 1, bytes, null, null,
                "1g", null, null);
    }

    private static ContenderResult throughput(String contender, double opsPerSecond, double errors) {
        return new ContenderResult(contender, "W7.b." + contender, opsPerSecond, opsPerSecond / 100, "ops/s", null, 4, 4,
                1000.0, null, null, "1g", 12.0, errors);
    }

    private static WorkloadResult workload(String id, ContenderResult... contenders) {
        return new WorkloadResult(id, id, null, Arrays.asList(contenders));
    }

    private static List<String> verdicts(WorkloadResult workload) {
        return Targets.judge(List.of(workload)).stream().map(TargetResult::verdict).toList();
    }

    @Test
    void relkitsBestIsJudgedAgainstTheFasterOfBothJdbcContenders() {
        TargetResult result = Targets.judge(List.of(workload("W1",
                timed("jdbc", 30, 0.2), timed("jdbcSelectIn", 20, 0.2),
                timed("relkitJoined", 40, 0.2), timed("relkitSelectIn", 22, 0.2),
                allocating("relkitLazy", 100), allocating("mybatisNestedSelect", 90)))).get(0);

        assertThat(result.target()).isEqualTo("relkit's best within 1.15x of the best JDBC");
        assertThat(result.verdict()).isEqualTo("met");
        assertThat(result.measured()).startsWith("relkitSelectIn 22.000 ± 0.200 ms/op: 1.10x jdbcSelectIn 20.000");
    }

    @Test
    void aBoundMissedByMoreThanTheErrorBarsIsMissedAndAllocationIsComparedAsBytes() {
        assertThat(verdicts(workload("W3", timed("jdbc", 10, 0.1), timed("jdbcSelectIn", 12, 0.1),
                timed("relkitSelectIn", 13, 0.1), allocating("relkitLazy", 200), allocating("mybatisNestedSelect", 100))))
                .containsExactly("missed", "missed");
    }

    @Test
    void aBoundInsideBothErrorBarsIsMarkedUndecided() {
        assertThat(verdicts(workload("W6", timed("jdbc", 100, 30), timed("hibernate", 150, 40), timed("relkit", 140, 30))))
                .containsExactly("missed (within the error bars)", "met (within the error bars)");
    }

    @Test
    void throughputIsBetterWhenHigherAndErrorsMustBeZero() {
        assertThat(verdicts(workload("W7", throughput("jdbc", 1000, 0), throughput("relkit", 800, 0),
                throughput("hibernate", 900, 2))))
                .containsExactly("met", "missed", "missed");
    }

    @Test
    void aTargetWhoseContenderWasNotTimedSaysSo() {
        TargetResult result = Targets.judge(List.of(workload("W4", timed("jdbc", 10, 0.1)))).get(1);

        assertThat(result.verdict()).isEqualTo("not timed");
        assertThat(result.measured()).isEqualTo("not timed in this run: relkitRecursiveCte");
    }

    @Test
    void quickModeTimesTheContendersTheTargetsName() {
        assertThat(OrderWorkload.WORKLOAD.contenders().keySet().stream().filter(name -> Targets.named("W1", name)))
                .containsExactly("jdbc", "jdbcSelectIn", "relkitJoined", "relkitSelectIn", "relkitSelectInJoined",
                        "relkitLazy", "mybatisNestedSelect");
        assertThat(StreamWorkload.WORKLOAD.contenders().keySet().stream().filter(name -> Targets.named("W5", name)))
                .isEmpty();
    }

    @Test
    void theMarkdownListsEachWorkloadsVerdictsUnderItsTable() {
        WorkloadResult tree = workload("W4", timed("jdbc", 10, 0.1), timed("relkitRecursiveCte", 12, 0.1));
        BenchResults results = new BenchResults("quick", "2026-12-06T00:00Z",
                new BenchResults.Machine(2, 1L << 34, "cpu", "os", "jvm"), "11.4.5", "embedded", "settings", null,
                Targets.judge(List.of(tree)), List.of(tree));

        assertThat(results.markdown())
                .contains("| W4 | relkit's best within 1.15x of the best JDBC | **missed** | relkitRecursiveCte 12.000")
                .contains("- relkit's recursive CTE within 1.3x JDBC's recursive CTE: **met** (relkitRecursiveCte "
                        + "12.000 ± 0.100 ms/op: 1.20x jdbc 10.000 ± 0.100 ms/op (bound 1.30x))");
    }
}
