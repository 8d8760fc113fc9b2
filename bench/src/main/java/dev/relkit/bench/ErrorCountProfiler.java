package dev.relkit.bench;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH internal profiler reporting, as {@value #ERRORS}, the operations of an iteration that threw and
 * were counted by {@link #failed} instead of failing the run (W7's threads go on after an error, so that
 * a pool timeout or a deadlock shows as a count rather than as a missing result). Summed over the
 * measurement iterations; 0 for a benchmark that counts none. The first few errors are printed with
 * their stack trace.
 */
public final class ErrorCountProfiler implements InternalProfiler {

    static final String ERRORS = "errors";

    private static final int PRINTED = 3;
    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicInteger PRINTED_SO_FAR = new AtomicInteger();

    private long before;

    /** Counts an operation that threw. */
    static void failed(RuntimeException error) {
        COUNT.incrementAndGet();
        if (PRINTED_SO_FAR.incrementAndGet() <= PRINTED) {
            System.err.println("operation failed (counted as an error): " + error);
            error.printStackTrace();
        }
    }

    @Override
    public String getDescription() {
        return "operations that threw and were counted (W7)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = COUNT.get();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        return List.of(new ScalarResult(ERRORS, COUNT.get() - before, "#", AggregationPolicy.SUM));
    }
}
