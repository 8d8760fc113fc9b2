package dev.relkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.relkit.bench.Target.TargetResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One run's results: per workload, each contender's time (W7: throughput, 99th-percentile latency and
 * errors), its ratio to the best JDBC contender's, its statements and round trips, the bytes it allocated
 * per operation and the peak heap left after a garbage collection; then every {@link Targets target}
 * judged from those numbers. Written as JSON and as Markdown tables.
 */
record BenchResults(String mode, String date, Machine machine, String mariaDbVersion, String database,
        String settings, String note, List<TargetResult> targets, List<WorkloadResult> workloads) {

    record Machine(int cores, long memoryBytes, String cpu, String os, String jvm) {
    }

    /**
     * @param bestJdbc the JDBC contender ({@code jdbc} or {@code jdbcSelectIn}) with the best time or
     *                 throughput in this run, the one every ratio is taken against; null when none was timed
     */
    record WorkloadResult(String id, String title, String bestJdbc, List<ContenderResult> contenders) {
    }

    /**
     * @param score                time per operation, or operations per second (all threads) for W7
     * @param error                JMH's 99.9 % error of the score, null when it has none (fewer than 3 iterations)
     * @param ratioToBestJdbc      time over the best JDBC contender's (W7: its throughput over this one's), so
     *                             lower is better; null when no JDBC contender was timed
     * @param statements           SQL statements per operation, a batch's parameter sets counted one by one
     * @param roundTrips           JDBC executions per operation, a batch counted once
     * @param allocatedBytesPerOp  JMH's {@code gc.alloc.rate.norm}, null when not measured
     * @param peakHeapAfterGcBytes the most heap any collection during the measurement left
     *                             ({@link HeapAfterGcProfiler}), null when no collection ran
     * @param collections          the garbage collections during the measurement (JMH's {@code gc.count})
     * @param heap                 the maximum heap of the forks that timed it ({@code -Xmx})
     * @param p99Millis            W7: the 99th percentile of an operation's latency (JMH's sample time), else null
     * @param errors               W7: operations that threw during the measurement ({@link ErrorCountProfiler}), else null
     */
    record ContenderResult(String contender, String benchmark, double score, Double error, String unit,
            Double ratioToBestJdbc, int statements, int roundTrips, Double allocatedBytesPerOp,
            Double peakHeapAfterGcBytes, Double collections, String heap, Double p99Millis, Double errors) {

        /** Whether the score is a throughput (W7) rather than a time per operation. */
        boolean throughput() {
            return unit.startsWith("ops/");
        }
    }

    static BenchResults from(String mode, String settings, String mariaDbVersion, String database, String note,
            OffsetDateTime date, List<Workload<?>> workloads, Map<String, Map<String, StatementCount>> statementCounts,
            Collection<RunResult> runs) {
        List<WorkloadResult> workloadResults = new ArrayList<>();
        for (Workload<?> workload : workloads) {
            List<ContenderResult> contenders = new ArrayList<>();
            for (String contender : workload.contenders().keySet()) {
                contender(workload, contender, statementCounts, runs).ifPresent(contenders::add);
            }
            if (!contenders.isEmpty()) {
                workloadResults.add(ratiosToBestJdbc(workload, contenders));
            }
        }
        return new BenchResults(mode, date.withNano(0).toString(), thisMachine(), mariaDbVersion, database, settings,
                note, Targets.judge(workloadResults), workloadResults);
    }

    /** The contender's result: its {@code Throughput} run's (W7, with the p99 of its {@code SampleTime} run) or its only run's. */
    private static Optional<ContenderResult> contender(Workload<?> workload, String contender,
            Map<String, Map<String, StatementCount>> statementCounts, Collection<RunResult> runs) {
        String name = workload.benchmark().getName() + "." + contender;
        List<RunResult> found = runs.stream().filter(run -> run.getParams().getBenchmark().equals(name)).toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<RunResult> throughput = mode(found, Mode.Throughput);
        Optional<RunResult> sample = mode(found, Mode.SampleTime);
        RunResult run = throughput.orElse(found.get(0));
        Result<?> primary = run.getPrimaryResult();
        double score = primary.getScore();
        Double error = Double.isNaN(primary.getScoreError()) ? null : primary.getScoreError();
        String unit = primary.getScoreUnit();
        if (throughput.isPresent()) {
            double perSecond = 1e9 / run.getParams().getTimeUnit().toNanos(1);
            score *= perSecond;
            error = error == null ? null : error * perSecond;
            unit = "ops/s";
        }
        Double p99 = sample.map(samples -> samples.getPrimaryResult().getStatistics().getPercentile(99.0)
                * samples.getParams().getTimeUnit().toNanos(1) / 1e6).orElse(null);
        Double errors = throughput.isEmpty() ? null
                : found.stream().map(each -> score(each.getSecondaryResults(), ErrorCountProfiler.ERRORS))
                        .mapToDouble(count -> count == null ? 0 : count).sum();
        Map<String, Result> secondary = run.getSecondaryResults();
        StatementCount count = statementCounts.get(workload.id()).get(contender);
        return Optional.of(new ContenderResult(contender, name, score, error, unit, null, count.statements(),
                count.roundTrips(), score(secondary, "gc.alloc.rate.norm"), score(secondary, HeapAfterGcProfiler.PEAK),
                score(secondary, "gc.count"), BenchCommand.heap(workload), p99, errors));
    }

    private static Optional<RunResult> mode(List<RunResult> runs, Mode mode) {
        return runs.stream().filter(run -> run.getParams().getMode() == mode).findFirst();
    }

    /** The workload's results with every ratio taken against its best timed JDBC contender. */
    private static WorkloadResult ratiosToBestJdbc(Workload<?> workload, List<ContenderResult> contenders) {
        Metric metric = contenders.get(0).throughput() ? Metric.THROUGHPUT : Metric.TIME;
        ContenderResult best = Target.best(new WorkloadResult(workload.id(), workload.title(), null, contenders),
                Target.contenders(Workload.REFERENCE + ".*"), metric);
        List<ContenderResult> withRatios = new ArrayList<>();
        for (ContenderResult result : contenders) {
            Double ratio = best == null ? null : metric.cost(result.score()) / metric.cost(best.score());
            withRatios.add(new ContenderResult(result.contender(), result.benchmark(), result.score(), result.error(),
                    result.unit(), ratio, result.statements(), result.roundTrips(), result.allocatedBytesPerOp(),
                    result.peakHeapAfterGcBytes(), result.collections(), result.heap(), result.p99Millis(),
                    result.errors()));
        }
        return new WorkloadResult(workload.id(), workload.title(), best == null ? null : best.contender(), withRatios);
    }

    private static Double score(Map<String, Result> secondary, String label) {
        Result<?> result = secondary.get(label);
        return result == null ? null : result.getScore();
    }

    private static Machine thisMachine() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        String cpu = "unknown";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: the model stays unknown
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpu,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writeValue(directory.resolve(mode + ".json").toFile(), this);
        Files.writeString(directory.resolve(mode + ".md"), markdown());
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# relkit benchmark results (").append(mode).append(" mode)\n\n");
        md.append("- date: ").append(date).append('\n');
        md.append(String.format(Locale.ROOT, "- machine: %d cores, %.1f GiB RAM, %s; %s; %s%n", machine.cores(),
                machine.memoryBytes() / (1024.0 * 1024 * 1024), machine.cpu(), machine.os(), machine.jvm()));
        md.append("- MariaDB: ").append(mariaDbVersion).append(" (").append(database).append(")\n");
        md.append("- settings: ").append(settings).append('\n');
        if (note != null) {
            md.append("- conditions: ").append(note).append('\n');
        }
        md.append("\n## Targets\n\nJudged from this run's numbers (means; \"within the error bars\" when the bound lies "
                + "inside the two values' 99.9 % intervals, so the run cannot tell).\n\n");
        md.append("| workload | target | verdict | measured |\n|---|---|---|---|\n");
        for (TargetResult target : targets) {
            md.append("| ").append(target.workload()).append(" | ").append(target.target()).append(" | **")
                    .append(target.verdict()).append("** | ").append(target.measured()).append(" |\n");
        }
        md.append("\nEvery contender's graph (W6, W7: and the rows it left) was checked equal to the JDBC contender's "
                + "before timing. x best JDBC = time / the faster JDBC contender's time (W7: that contender's "
                + "throughput / this one's), lower is better; statements = SQL statements per operation (a batch's rows "
                + "counted one by one), round trips = JDBC executions (a batch counted once); allocated = bytes "
                + "allocated per operation (JMH gc profiler); peak heap after GC = the most heap any garbage collection "
                + "during the measurement left (the contender's live objects plus the fork's own, and old-generation "
                + "garbage not reclaimed yet; a lower bound of the peak between collections; - when no collection ran); "
                + "heap = the timed forks' -Xmx, the upper bound (W5 streams 1,000,000 rows within 256 MB, or the run "
                + "would have failed with an OutOfMemoryError). W7: ops/s over all threads, p99 = 99th percentile of an "
                + "operation's latency, errors = operations that threw; its statements and round trips are the check's "
                + "(one write and one read together).\n");
        for (WorkloadResult workload : workloads) {
            md.append("\n## ").append(workload.id()).append(": ").append(workload.title()).append("\n\n");
            String ratio = workload.bestJdbc() == null ? "x best JDBC" : "x " + workload.bestJdbc() + " (best JDBC)";
            boolean throughput = workload.contenders().get(0).throughput();
            md.append(throughput
                    ? "| contender | throughput | ± (99.9%) | " + ratio + " | p99 | errors | statements | round trips | allocated/op | peak heap after GC | heap (-Xmx) |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
                    : "| contender | time/op | ± (99.9%) | " + ratio + " | statements | round trips | allocated/op | peak heap after GC | heap (-Xmx) |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (ContenderResult result : workload.contenders()) {
                String latency = throughput ? String.format(Locale.ROOT, " %s | %s |",
                        result.p99Millis() == null ? "-" : String.format(Locale.ROOT, "%.3f ms", result.p99Millis()),
                        result.errors() == null ? "-" : String.format(Locale.ROOT, "%.0f", result.errors())) : "";
                md.append(String.format(Locale.ROOT, "| %s | %.3f %s | %s | %s |%s %,d | %,d | %s | %s | %s |\n",
                        result.contender(), result.score(), result.unit(), error(result.error()),
                        result.ratioToBestJdbc() == null ? "-" : String.format(Locale.ROOT, "%.2f", result.ratioToBestJdbc()),
                        latency, result.statements(), result.roundTrips(), bytes(result.allocatedBytesPerOp()),
                        bytes(result.peakHeapAfterGcBytes()), result.heap()));
            }
            List<TargetResult> own = targets.stream().filter(target -> target.workload().equals(workload.id())).toList();
            if (!own.isEmpty()) {
                md.append("\nTargets:\n\n");
                for (TargetResult target : own) {
                    md.append("- ").append(target.target()).append(": **").append(target.verdict()).append("** (")
                            .append(target.measured()).append(")\n");
                }
            }
        }
        return md.toString();
    }

    /** A 99.9 % error as printed, {@code -} when there is none. */
    static String error(Double error) {
        return error == null ? "-" : String.format(Locale.ROOT, "%.3f", error);
    }

    static String bytes(Double bytes) {
        if (bytes == null || bytes.isNaN()) {
            return "-";
        }
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024))
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }
}
