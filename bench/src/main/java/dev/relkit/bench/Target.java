package dev.relkit.bench;

import dev.relkit.bench.BenchResults.ContenderResult;
import dev.relkit.bench.BenchResults.WorkloadResult;
import java.util.regex.Pattern;

/**
 * A performance target of one workload, judged from a run's numbers ({@link Targets}): the verdict in the
 * results is computed, never typed.
 */
interface Target {

    /** The workload it is about ({@code W1}). */
    String workload();

    /** What it says, e.g. {@code relkit's best within 1.15x of the best JDBC}. */
    String text();

    /** Whether it needs {@code contender} timed: quick mode times exactly the contenders the targets name. */
    boolean names(String contender);

    /** The verdict on {@code workload}'s results, or "not timed" when a contender it needs was not timed. */
    TargetResult judge(WorkloadResult workload);

    /**
     * A target's verdict.
     *
     * @param verdict  {@code met}, {@code missed} or {@code not timed}
     * @param measured the numbers it was judged on
     */
    record TargetResult(String workload, String target, String verdict, String measured) {

        static TargetResult notTimed(Target target, String missing) {
            return new TargetResult(target.workload(), target.text(), "not timed", "not timed in this run: " + missing);
        }
    }

    /** The contenders whose name matches {@code regex} in full. */
    static Pattern contenders(String regex) {
        return Pattern.compile(regex);
    }

    /** The best value among the results of {@code workload} whose contender matches {@code names}, or null. */
    static ContenderResult best(WorkloadResult workload, Pattern names, Metric metric) {
        ContenderResult best = null;
        for (ContenderResult result : workload.contenders()) {
            Double value = metric.value(result);
            if (names.matcher(result.contender()).matches() && value != null
                    && (best == null || metric.cost(value) < metric.cost(metric.value(best)))) {
                best = result;
            }
        }
        return best;
    }
}
