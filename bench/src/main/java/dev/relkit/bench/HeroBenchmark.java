package dev.relkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W2 timed: see {@link HeroWorkload}. Every method loads the hero and touches both teams. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HeroBenchmark {

    @Benchmark
    public Object jdbc(BenchState state) {
        return HeroWorkload.jdbc(state.environment(), HeroWorkload::touch);
    }

    @Benchmark
    public Object relkitJoined(BenchState state) {
        return HeroWorkload.relkitJoined(state.environment(), HeroWorkload::touch);
    }

    @Benchmark
    public Object mybatisJoined(BenchState state) {
        return HeroWorkload.mybatisJoined(state.environment(), HeroWorkload::touch);
    }

    @Benchmark
    public Object relkitSelectIn(BenchState state) {
        return HeroWorkload.relkitSelectIn(state.environment(), HeroWorkload::touch);
    }

    @Benchmark
    public Object relkitLazy(BenchState state) {
        return HeroWorkload.relkitLazy(state.environment(), HeroWorkload::touch);
    }

    @Benchmark
    public Object mybatisNestedSelect(BenchState state) {
        return HeroWorkload.mybatisNestedSelect(state.environment(), HeroWorkload::touch);
    }

    @Benchmark
    public Object hibernateJoinFetch(BenchState state) {
        return HeroWorkload.hibernateJoinFetch(state.environment(), HeroWorkload::touch);
    }

    @Benchmark
    public Object hibernateBatch(BenchState state) {
        return HeroWorkload.hibernateBatch(state.environment(), HeroWorkload::touch);
    }

    @Benchmark
    public Object flexRelations(BenchState state) {
        return HeroWorkload.flexRelations(state.environment(), HeroWorkload::touch);
    }
}
