package dev.relkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * W7 timed: see {@link ConcurrencyWorkload}. JMH runs each contender twice, in separate forks: in
 * {@code Throughput} mode (operations per millisecond, all threads together) and in {@code SampleTime}
 * mode (the latency distribution, for the 99th percentile). An operation that throws is counted by
 * {@link ErrorCountProfiler} and the thread goes on; the rows written are deleted after each iteration.
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(ConcurrencyWorkload.THREADS)
@State(Scope.Thread)
public class ConcurrencyBenchmark {

    /** This thread's operations so far: every {@value ConcurrencyWorkload#WRITE_EVERY}th is a write. */
    private int operations;

    /** Deletes the orders the threads wrote, after each iteration (untimed). */
    @State(Scope.Benchmark)
    public static class WrittenOrders {

        @TearDown(Level.Iteration)
        public void remove(BenchState state) {
            ConcurrencyWorkload.ORDERS.remove(state.environment().dataSource());
        }
    }

    @Benchmark
    public Object jdbc(BenchState state, WrittenOrders written) {
        return run(ConcurrencyWorkload.JDBC, state);
    }

    @Benchmark
    public Object relkit(BenchState state, WrittenOrders written) {
        return run(ConcurrencyWorkload.RELKIT, state);
    }

    @Benchmark
    public Object hibernate(BenchState state, WrittenOrders written) {
        return run(ConcurrencyWorkload.HIBERNATE, state);
    }

    private Object run(MixedContender contender, BenchState state) {
        operations++;
        try {
            return operations % ConcurrencyWorkload.WRITE_EVERY == 0
                    ? contender.write(state.environment()) : contender.read(state.environment());
        } catch (RuntimeException e) {
            ErrorCountProfiler.failed(e);
            return e;
        }
    }
}
