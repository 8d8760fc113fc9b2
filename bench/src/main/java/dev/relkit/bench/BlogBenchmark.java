package dev.relkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W3 timed: see {@link BlogWorkload}. Every method loads the graph and touches all of it. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BlogBenchmark {

    @Benchmark
    public Object jdbc(BenchState state) {
        return BlogWorkload.jdbc(state.environment(), BlogWorkload::touch);
    }

    @Benchmark
    public Object jdbcSelectIn(BenchState state) {
        return BlogWorkload.jdbcSelectIn(state.environment(), BlogWorkload::touch);
    }

    @Benchmark
    public Object relkitJoined(BenchState state) {
        return BlogWorkload.relkitJoined(state.environment(), BlogWorkload::touch);
    }

    @Benchmark
    public Object mybatisJoined(BenchState state) {
        return BlogWorkload.mybatisJoined(state.environment(), BlogWorkload::touch);
    }

    @Benchmark
    public Object relkitSelectIn(BenchState state) {
        return BlogWorkload.relkitSelectIn(state.environment(), BlogWorkload::touch);
    }


    @Benchmark
    public Object relkitLazy(BenchState state) {
        return BlogWorkload.relkitLazy(state.environment(), BlogWorkload::touch);
    }

    @Benchmark
    public Object mybatisNestedSelect(BenchState state) {
        return BlogWorkload.mybatisNestedSelect(state.environment(), BlogWorkload::touch);
    }

    @Benchmark
    public Object hibernateJoinFetch(BenchState state) {
        return BlogWorkload.hibernateJoinFetch(state.environment(), BlogWorkload::touch);
    }

    @Benchmark
    public Object hibernateBatch(BenchState state) {
        return BlogWorkload.hibernateBatch(state.environment(), BlogWorkload::touch);
    }

    @Benchmark
    public Object flexRelations(BenchState state) {
        return BlogWorkload.flexRelations(state.environment(), BlogWorkload::touch);
    }
}
