package dev.relkit.bench;

import dev.relkit.bench.BenchResults.ContenderResult;
import dev.relkit.bench.BenchResults.WorkloadResult;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A target of the form "the best of these contenders costs at most {@code factor} times the best of
 * those": met when {@code cost(subject) <= factor x cost(reference)}, cost being the time, the inverse
 * of the throughput or the allocation ({@link Metric}). A factor of 1 reads "not slower than". When the
 * bound lies within the two values' 99.9 % error bars the verdict says so: the run cannot tell.
 *
 * @param subject   the contenders judged (their best counts), e.g. every {@code relkit...} one
 * @param reference the contenders giving the bound (their best counts), e.g. both JDBC ones
 */
record RatioTarget(String workload, String text, Metric metric, Pattern subject, Pattern reference, double factor)
        implements Target {

    @Override
    public boolean names(String contender) {
        return subject.matcher(contender).matches() || reference.matcher(contender).matches();
    }

    @Override
    public TargetResult judge(WorkloadResult workload) {
        ContenderResult judged = Target.best(workload, subject, metric);
        ContenderResult bound = Target.best(workload, reference, metric);
        if (judged == null || bound == null) {
            return TargetResult.notTimed(this, (judged == null ? subject : reference).pattern());
        }
        double judgedCost = metric.cost(metric.value(judged));
        double boundCost = metric.cost(metric.value(bound));
        double ratio = judgedCost / boundCost;
        String verdict = ratio <= factor ? "met" : "missed";
        if (withinErrors(judged, bound, judgedCost, boundCost)) {
            verdict += " (within the error bars)";
        }
        String measured = String.format(Locale.ROOT, "%s %s: %.2fx %s %s (bound %.2fx)", judged.contender(),
                metric.format(judged), ratio, bound.contender(), metric.format(bound), factor);
        return new TargetResult(workload(), text(), verdict, measured);
    }

    /** Whether {@code factor x reference} lies within the error bars of both values (time and throughput only). */
    private boolean withinErrors(ContenderResult judged, ContenderResult bound, double judgedCost, double boundCost) {
        if (metric == Metric.ALLOCATION || judged.error() == null || bound.error() == null) {
            return false;
        }
        double judgedError = judgedCost * judged.error() / judged.score();
        double boundError = boundCost * bound.error() / bound.score();
        return Math.abs(judgedCost - factor * boundCost) <= judgedError + factor * boundError;
    }
}
