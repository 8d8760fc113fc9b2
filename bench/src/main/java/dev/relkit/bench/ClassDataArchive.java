package dev.relkit.bench;

import dev.relkit.harness.JdbcTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive (AppCDS) for the timed forks, so that each fork starts faster: a forked
 * JVM otherwise spends seconds loading and verifying the classes of MyBatis, relkit, Hibernate and
 * MyBatis-Flex before its first operation (Hibernate's bootstrap alone takes several seconds on 2
 * cores), and the benchmark starts one JVM per contender and fork. The archive holds the classes as
 * loaded, nothing else: the code that runs, and therefore the timed operation, is the same.
 *
 * <p>A training JVM on the benchmark's class path ({@link #main}) loads W2's graph once with every
 * contender, which boots every framework, and writes the archive when it exits
 * ({@code -XX:ArchiveClassesAtExit}, JDK 13+). {@link BenchCommand} starts it while it checks the
 * graphs and passes the archive to the forks ({@code -XX:SharedArchiveFile}). Without an archive (the
 * training failed or timed out) the forks start as usual; a fork that cannot map the archive falls back
 * to loading classes itself.
 */
final class ClassDataArchive implements AutoCloseable {

    /**
     * The fewest timed forks worth an archive: the training takes about 20 s of CPU (half of it writing
     * the archive); a fork saves from under a second (JDBC) to about 3 s (Hibernate).
     */
    static final int MIN_FORKS = 8;

    private static final long TRAINING_TIMEOUT_SECONDS = 300;

    private final Path directory;
    private final Path archive;
    private final Path log;
    private final Process training;

    private ClassDataArchive(Path directory, Process training) {
        this.directory = directory;
        this.archive = directory.resolve("relkit-bench.jsa");
        this.log = directory.resolve("training.log");
        this.training = training;
    }

    /** Starts the training JVM on {@code target} (with the forks' {@code jvmArgs}); it writes the archive into a temporary directory. */
    static ClassDataArchive start(JdbcTarget target, List<String> jvmArgs) throws IOException {
        Path directory = Files.createTempDirectory("relkit-bench-cds");
        Path archive = directory.resolve("relkit-bench.jsa");
        List<String> command = Stream.of(
                        Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-XX:ArchiveClassesAtExit=" + archive),
                        jvmArgs.stream(),
                        BenchState.systemProperties(target).stream(),
                        Stream.of("-cp", System.getProperty("java.class.path"), ClassDataArchive.class.getName()))
                .flatMap(arguments -> arguments)
                .toList();
        Process training = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("training.log").toFile())
                .start();
        return new ClassDataArchive(directory, training);
    }

    /**
     * The archive, once the training JVM has exited having written it; empty (with the reason on
     * standard output) when it failed or took more than {@value #TRAINING_TIMEOUT_SECONDS} seconds.
     */
    Optional<Path> await() throws InterruptedException {
        if (!training.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            training.destroyForcibly();
            System.out.println("class-data archive: the training JVM took more than " + TRAINING_TIMEOUT_SECONDS
                    + " s; the forks start without it");
            return Optional.empty();
        }
        if (training.exitValue() != 0 || !Files.isRegularFile(archive)) {
            System.out.println("class-data archive: the training JVM failed (exit " + training.exitValue()
                    + "); the forks start without it. Its output:\n" + tail(log));
            return Optional.empty();
        }
        return Optional.of(archive);
    }

    /** The training: every W2 contender once, on the database the system properties name (as a fork's). */
    public static void main(String[] args) throws Exception {
        BenchState state = new BenchState();
        state.connect(BenchEnvironment.POOL_SIZE);
        try {
            train(HeroWorkload.WORKLOAD, state.environment());
        } finally {
            state.close();
        }
    }

    private static <G> void train(Workload<G> workload, BenchEnvironment environment) {
        for (Contender<G> contender : workload.contenders().values()) {
            contender.load(environment, workload.touch()::applyAsLong);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /** Stops the training JVM if it still runs and deletes the archive and its directory. */
    @Override
    public void close() throws IOException {
        training.destroyForcibly();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }
}
