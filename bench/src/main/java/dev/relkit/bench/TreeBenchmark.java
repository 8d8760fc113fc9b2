package dev.relkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W4 timed: see {@link TreeWorkload}. Every method loads the tree to depth 4 and touches every node. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TreeBenchmark {

    @Benchmark
    public Object jdbc(BenchState state) {
        return TreeWorkload.jdbc(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object jdbcSelectIn(BenchState state) {
        return TreeWorkload.jdbcSelectIn(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object relkitJoined(BenchState state) {
        return TreeWorkload.relkitJoined(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object mybatisJoined(BenchState state) {
        return TreeWorkload.mybatisJoined(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object relkitRecursiveCte(BenchState state) {
        return TreeWorkload.relkitRecursiveCte(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object relkitSelectIn(BenchState state) {
        return TreeWorkload.relkitSelectIn(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object mybatisNestedSelect(BenchState state) {
        return TreeWorkload.mybatisNestedSelect(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object hibernateJoinFetch(BenchState state) {
        return TreeWorkload.hibernateJoinFetch(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object hibernateBatch(BenchState state) {
        return TreeWorkload.hibernateBatch(state.environment(), TreeWorkload::touch);
    }

    @Benchmark
    public Object flexRelations(BenchState state) {
        return TreeWorkload.flexRelations(state.environment(), TreeWorkload::touch);
    }
}
