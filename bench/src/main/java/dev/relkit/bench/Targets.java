package dev.relkit.bench;

import static dev.relkit.bench.Target.contenders;

import dev.relkit.bench.BenchResults.WorkloadResult;
import dev.relkit.bench.Target.TargetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The performance targets of issue 15, per workload, judged from a run ({@link #judge}); quick mode times
 * the contenders they name ({@link #named}).
 */
final class Targets {

    private static final Pattern RELKIT = contenders("relkit.*");
    private static final Pattern JDBC = contenders("jdbc.*");

    static final List<Target> ALL = List.of(
            new RatioTarget("W1", "relkit's best within 1.15x of the best JDBC", Metric.TIME, RELKIT, JDBC, 1.15),
            new RatioTarget("W1", "relkit lazy allocates no more than MyBatis nested selects", Metric.ALLOCATION,
                    contenders("relkitLazy"), contenders("mybatisNestedSelect"), 1.0),
            new RatioTarget("W2", "relkit joined within 1.3x JDBC", Metric.TIME, contenders("relkitJoined"),
                    contenders("jdbc"), 1.3),
            new RatioTarget("W2", "relkit joined not slower than Hibernate join fetch", Metric.TIME,
                    contenders("relkitJoined"), contenders("hibernateJoinFetch"), 1.0),
            new RatioTarget("W2", "relkit select-in within 2x JDBC", Metric.TIME, contenders("relkitSelectIn"),
                    contenders("jdbc"), 2.0),
            new RatioTarget("W3", "relkit's best within 1.15x of the best JDBC", Metric.TIME, RELKIT, JDBC, 1.15),
            new RatioTarget("W3", "relkit lazy allocates no more than MyBatis nested selects", Metric.ALLOCATION,
                    contenders("relkitLazy"), contenders("mybatisNestedSelect"), 1.0),
            new RatioTarget("W4", "relkit's best within 1.15x of the best JDBC", Metric.TIME, RELKIT, JDBC, 1.15),
            new RatioTarget("W4", "relkit's recursive CTE within 1.3x JDBC's recursive CTE", Metric.TIME,
                    contenders("relkitRecursiveCte"), contenders("jdbc"), 1.3),
            new RatioTarget("W6", "relkit within 1.3x JDBC batching", Metric.TIME, contenders("relkit"),
                    contenders("jdbc"), 1.3),
            new RatioTarget("W6", "relkit faster than Hibernate", Metric.TIME, contenders("relkit"),
                    contenders("hibernate"), 1.0),
            new RatioTarget("W7", "relkit throughput within 1.3x JDBC", Metric.THROUGHPUT, contenders("relkit"),
                    contenders("jdbc"), 1.3),
            new RatioTarget("W7", "relkit throughput above Hibernate", Metric.THROUGHPUT, contenders("relkit"),
                    contenders("hibernate"), 1.0),
            new ZeroErrorsTarget("W7", "no errors", contenders("jdbc|relkit|hibernate")));

    private Targets() {
    }

    /** Whether a target of workload {@code id} needs {@code contender} timed. */
    static boolean named(String id, String contender) {
        return ALL.stream().anyMatch(target -> target.workload().equals(id) && target.names(contender));
    }

    /** Every target whose workload the run timed, judged. */
    static List<TargetResult> judge(List<WorkloadResult> workloads) {
        List<TargetResult> results = new ArrayList<>();
        for (Target target : ALL) {
            workloads.stream().filter(workload -> workload.id().equals(target.workload())).findFirst()
                    .ifPresent(workload -> results.add(target.judge(workload)));
        }
        return results;
    }
}
