package dev.relkit.bench;

import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.StatementRecorder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The check before timing: every contender of a workload loads its graph once on the recorded data
 * source; its value snapshot must equal the JDBC reference's, and the statements it ran are counted. A
 * writing workload's rows are read back after each contender (uncounted) and must equal the rows the
 * reference left; they are removed before the first contender and after each one.
 */
final class GraphCheck {

    private GraphCheck() {
    }

    /**
     * Statement counts by contender name, the reference's first.
     *
     * @throws GraphMismatchException naming the workload, the contender and the first element that differs
     */
    static <G> Map<String, StatementCount> check(Workload<G> workload, BenchEnvironment environment,
            StatementRecorder statements) {
        return check(workload, environment, statements, contender -> true);
    }

    /** As {@link #check(Workload, BenchEnvironment, StatementRecorder)}, for the reference and the contenders named. */
    static <G> Map<String, StatementCount> check(Workload<G> workload, BenchEnvironment environment,
            StatementRecorder statements, Predicate<String> contenders) {
        Map<String, StatementCount> counts = new LinkedHashMap<>();
        Object reference = null;
        workload.stored().remove(environment.dataSource());
        for (Map.Entry<String, Contender<G>> entry : workload.contenders().entrySet()) {
            if (reference != null && !contenders.test(entry.getKey())) {
                continue;
            }
            Object[] snapshot = new Object[1];
            List<RecordedStatement> ran = statements.record(
                    () -> snapshot[0] = entry.getValue().load(environment, workload.snapshot()));
            counts.put(entry.getKey(), StatementCount.of(ran));
            Object loaded = workload.stored() == StoredRows.NONE ? snapshot[0]
                    : List.of(snapshot[0], workload.stored().read(environment.dataSource()));
            workload.stored().remove(environment.dataSource());
            if (reference == null) {
                reference = loaded;
            } else if (!Objects.equals(reference, loaded)) {
                throw new GraphMismatchException(workload.id() + " " + entry.getKey()
                        + " loaded a graph (or left rows) different from " + Workload.REFERENCE + "'s: "
                        + firstDifference(reference, loaded));
            }
        }
        return counts;
    }

    /** The first element that differs, followed into nested lists. */
    private static String firstDifference(Object expected, Object actual) {
        if (expected instanceof List<?> expectedList && actual instanceof List<?> actualList) {
            if (expectedList.size() != actualList.size()) {
                return expectedList.size() + " elements expected, " + actualList.size() + " loaded";
            }
            for (int i = 0; i < expectedList.size(); i++) {
                if (!Objects.equals(expectedList.get(i), actualList.get(i))) {
                    return "element " + i + ": " + firstDifference(expectedList.get(i), actualList.get(i));
                }
            }
            return "no difference";
        }
        return "expected " + expected + " but was " + actual;
    }

    /** A contender's graph is not the reference graph: its time would not be comparable. */
    static final class GraphMismatchException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        GraphMismatchException(String message) {
            super(message);
        }
    }
}
