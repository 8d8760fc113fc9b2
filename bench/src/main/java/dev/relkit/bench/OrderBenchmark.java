package dev.relkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W1 timed: see {@link OrderWorkload}. Every method loads the graph and touches all of it. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OrderBenchmark {

    @Benchmark
    public Object jdbc(BenchState state) {
        return OrderWorkload.jdbc(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object jdbcSelectIn(BenchState state) {
        return OrderWorkload.jdbcSelectIn(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object relkitJoined(BenchState state) {
        return OrderWorkload.relkitJoined(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object mybatisJoined(BenchState state) {
        return OrderWorkload.mybatisJoined(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object relkitSelectIn(BenchState state) {
        return OrderWorkload.relkitSelectIn(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object relkitSelectInJoined(BenchState state) {
        return OrderWorkload.relkitSelectInJoined(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object relkitLazy(BenchState state) {
        return OrderWorkload.relkitLazy(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object mybatisNestedSelect(BenchState state) {
        return OrderWorkload.mybatisNestedSelect(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object hibernateJoinFetch(BenchState state) {
        return OrderWorkload.hibernateJoinFetch(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object hibernateBatch(BenchState state) {
        return OrderWorkload.hibernateBatch(state.environment(), OrderWorkload::touch);
    }

    @Benchmark
    public Object flexRelations(BenchState state) {
        return OrderWorkload.flexRelations(state.environment(), OrderWorkload::touch);
    }
}
