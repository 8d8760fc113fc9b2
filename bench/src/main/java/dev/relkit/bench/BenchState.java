package dev.relkit.bench;

import dev.relkit.harness.JdbcTarget;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The benchmark database as a JMH forked JVM sees it: {@link BenchCommand} generated the data and passes
 * the server in system properties ({@value #URL_PROPERTY}, {@value #USER_PROPERTY},
 * {@value #PASSWORD_PROPERTY}); each fork opens a plain pool on it.
 */
@State(Scope.Benchmark)
public class BenchState {

    static final String URL_PROPERTY = "relkit.bench.url";
    static final String USER_PROPERTY = "relkit.bench.user";
    static final String PASSWORD_PROPERTY = "relkit.bench.password";

    private BenchEnvironment environment;

    @Setup(Level.Trial)
    public void open() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            throw new IllegalStateException("No " + URL_PROPERTY + ": run the benchmarks through "
                    + BenchCommand.class.getName() + ", which generates the data first");
        }
        environment = BenchEnvironment.unrecorded(new JdbcTarget(url,
                System.getProperty(USER_PROPERTY, "root"), System.getProperty(PASSWORD_PROPERTY, "")));
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        environment.close();
    }

    BenchEnvironment environment() {
        return environment;
    }
}
