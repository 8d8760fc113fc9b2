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

/**
 * W6 timed: see {@link OrderWriteWorkload}. After every operation (untimed, {@code Level.Invocation})
 * the rows it wrote are deleted, so that each operation inserts into the same tables.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
public class OrderWriteBenchmark {

    @TearDown(Level.Invocation)
    public void removeWrittenOrders(BenchState state) {
        OrderWriteWorkload.ORDERS.remove(state.environment().dataSource());
    }

    @Benchmark
    public Object jdbc(BenchState state) {
        return run("jdbc", state);
    }

    @Benchmark
    public Object mybatisBatch(BenchState state) {
        return run("mybatisBatch", state);
    }

    @Benchmark
    public Object hibernate(BenchState state) {
        return run("hibernate", state);
    }

    @Benchmark
    public Object relkit(BenchState state) {
        return run("relkit", state);
    }

    private static Object run(String contender, BenchState state) {
        return OrderWriteWorkload.WORKLOAD.contenders().get(contender)
                .load(state.environment(), OrderWriteWorkload::touch);
    }
}
