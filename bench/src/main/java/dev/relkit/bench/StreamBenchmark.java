package dev.relkit.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** W5 timed: see {@link StreamWorkload}. {@link BenchCommand} forks these with a 256 MB heap. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StreamBenchmark {

    @Benchmark
    public Object jdbc(BenchState state) {
        return StreamWorkload.jdbc(state.environment(), summary -> summary.checksum());
    }

    @Benchmark
    public Object relkitJoinedCursor(BenchState state) {
        return StreamWorkload.relkitJoinedCursor(state.environment(), summary -> summary.checksum());
    }

    @Benchmark
    public Object mybatisJoinedCursor(BenchState state) {
        return StreamWorkload.mybatisJoinedCursor(state.environment(), summary -> summary.checksum());
    }

    @Benchmark
    public Object hibernateJoinFetchScroll(BenchState state) {
        return StreamWorkload.hibernateJoinFetchScroll(state.environment(), summary -> summary.checksum());
    }
}
