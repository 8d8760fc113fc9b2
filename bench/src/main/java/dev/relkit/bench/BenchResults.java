package dev.relkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One run's results: per workload, each contender's time, its ratio to JDBC's, its statement count, the
 * bytes it allocated per operation and the peak heap left after a garbage collection; written as JSON
 * and as a Markdown table.
 */
record BenchResults(String mode, String date, Machine machine, String mariaDbVersion, String database,
        String settings, String note, List<WorkloadResult> workloads) {

    record Machine(int cores, long memoryBytes, String cpu, String os, String jvm) {
    }

    record WorkloadResult(String id, String title, List<ContenderResult> contenders) {
    }

    /**
     * @param error                JMH's 99.9 % error of the time, null when it has none (fewer than 3 iterations)
     * @param ratioToJdbc          time over JDBC's time (JDBC is 1.0), null when JDBC was not timed
     * @param allocatedBytesPerOp  JMH's {@code gc.alloc.rate.norm}, null when not measured
     * @param peakHeapAfterGcBytes the most heap any collection during the measurement left
     *                             ({@link HeapAfterGcProfiler}), null when no collection ran
     * @param collections          the garbage collections during the measurement (JMH's {@code gc.count})
     * @param heap                 the maximum heap of the forks that timed it ({@code -Xmx})
     */
    record ContenderResult(String contender, String benchmark, double score, Double error, String unit,
            Double ratioToJdbc, int statements, Double allocatedBytesPerOp, Double peakHeapAfterGcBytes,
            Double collections, String heap) {
    }

    static BenchResults from(String mode, String settings, String mariaDbVersion, String database, String note,
            OffsetDateTime date, List<Workload<?>> workloads, Map<String, Map<String, StatementCount>> statementCounts,
            Collection<RunResult> runs) {
        List<WorkloadResult> workloadResults = new ArrayList<>();
        for (Workload<?> workload : workloads) {
            Optional<RunResult> reference = find(runs, workload, Workload.REFERENCE);
            List<ContenderResult> contenders = new ArrayList<>();
            for (String contender : workload.contenders().keySet()) {
                Optional<RunResult> run = find(runs, workload, contender);
                if (run.isEmpty()) {
                    continue;
                }
                Result<?> primary = run.get().getPrimaryResult();
                Double ratio = reference.map(jdbc -> primary.getScore() / jdbc.getPrimaryResult().getScore()).orElse(null);
                Map<String, Result> secondary = run.get().getSecondaryResults();
                contenders.add(new ContenderResult(contender, workload.benchmark().getName() + "." + contender,
                        primary.getScore(), Double.isNaN(primary.getScoreError()) ? null : primary.getScoreError(),
                        primary.getScoreUnit(), ratio,
                        statementCounts.get(workload.id()).get(contender).roundTrips(),
                        score(secondary, "gc.alloc.rate.norm"), score(secondary, HeapAfterGcProfiler.PEAK),
                        score(secondary, "gc.count"), BenchCommand.heap(workload)));
            }
            if (!contenders.isEmpty()) {
                workloadResults.add(new WorkloadResult(workload.id(), workload.title(), contenders));
            }
        }
        return new BenchResults(mode, date.withNano(0).toString(), thisMachine(), mariaDbVersion, database, settings, note, workloadResults);
    }

    private static Double score(Map<String, Result> secondary, String label) {
        Result<?> result = secondary.get(label);
        return result == null ? null : result.getScore();
    }

    private static Optional<RunResult> find(Collection<RunResult> runs, Workload<?> workload, String contender) {
        String name = workload.benchmark().getName() + "." + contender;
        return runs.stream().filter(run -> run.getParams().getBenchmark().equals(name)).findFirst();
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
        md.append("\nEvery contender's graph was checked equal to the JDBC contender's before timing. "
                + "x JDBC = time / JDBC's time (lower is better); statements = SQL statements per operation; "
                + "allocated = bytes allocated per operation (JMH gc profiler); peak heap after GC = the most heap "
                + "any garbage collection during the measurement left (the contender's live objects plus the fork's "
                + "own, and old-generation garbage not reclaimed yet; a lower bound of the peak between collections; "
                + "- when no collection ran); heap = the timed forks' -Xmx, the upper bound "
                + "(W5 streams 1,000,000 rows within 256 MB, or the run would have failed with an OutOfMemoryError).\n");
        for (WorkloadResult workload : workloads) {
            md.append("\n## ").append(workload.id()).append(": ").append(workload.title()).append("\n\n");
            md.append("| contender | time/op | ± (99.9%) | x JDBC | statements | allocated/op | peak heap after GC | heap (-Xmx) |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (ContenderResult result : workload.contenders()) {
                md.append(String.format(Locale.ROOT, "| %s | %.3f %s | %s | %s | %d | %s | %s | %s |\n",
                        result.contender(), result.score(), result.unit(),
                        result.error() == null ? "-" : String.format(Locale.ROOT, "%.3f", result.error()),
                        result.ratioToJdbc() == null ? "-" : String.format(Locale.ROOT, "%.2f", result.ratioToJdbc()),
                        result.statements(), bytes(result.allocatedBytesPerOp()),
                        bytes(result.peakHeapAfterGcBytes()), result.heap()));
            }
        }
        return md.toString();
    }

    private static String bytes(Double bytes) {
        if (bytes == null || bytes.isNaN()) {
            return "-";
        }
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024 * 1024))
                : String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }
}
