package dev.relkit.bench;

import dev.relkit.harness.JdbcTarget;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The benchmark database as a JMH forked JVM sees it: {@link BenchCommand} generated the data and passes
 * the server in system properties ({@value #URL_PROPERTY}, {@value #USER_PROPERTY},
 * {@value #PASSWORD_PROPERTY}); each fork opens a plain pool on it and, before the first iteration,
 * builds the framework its contender runs on ({@link BenchEnvironment#prepareFor(String)}), so that the
 * warm-up warms the contender's operation rather than a bootstrap (Hibernate's takes seconds).
 */
@State(Scope.Benchmark)
public class BenchState {

    static final String URL_PROPERTY = "relkit.bench.url";
    static final String USER_PROPERTY = "relkit.bench.user";
    static final String PASSWORD_PROPERTY = "relkit.bench.password";

    private BenchEnvironment environment;

    /** The system properties that point a forked JVM at {@code target}. */
    static List<String> systemProperties(JdbcTarget target) {
        return List.of("-D" + URL_PROPERTY + "=" + target.url(), "-D" + USER_PROPERTY + "=" + target.user(),
                "-D" + PASSWORD_PROPERTY + "=" + target.password());
    }

    @Setup(Level.Trial)
    public void open(BenchmarkParams benchmark) {
        connect(Math.max(BenchEnvironment.POOL_SIZE, benchmark.getThreads()));
        String method = benchmark.getBenchmark();
        environment.prepareFor(method.substring(method.lastIndexOf('.') + 1));
    }

    /** Opens a pool of {@code size} connections (one per benchmark thread at least) on the database the system properties name. */
    void connect(int size) {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("No " + URL_PROPERTY + ": run the benchmarks through "
                    + BenchCommand.class.getName() + ", which generates the data first");
        }
        environment = BenchEnvironment.unrecorded(new JdbcTarget(url,
                System.getProperty(USER_PROPERTY, "root"), System.getProperty(PASSWORD_PROPERTY, "")), size);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        environment.close();
    }

    BenchEnvironment environment() {
        return environment;
    }
}
