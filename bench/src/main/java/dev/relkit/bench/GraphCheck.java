package dev.relkit.bench;

import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.StatementRecorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The check before timing: every contender of a workload loads its graph once on the recorded data
 * source; its value snapshot must equal the JDBC reference's, and the statements it ran are counted.
 */
final class GraphCheck {

    private GraphCheck() {
    }

    /**
     * Statement counts by contender name, the reference's first.
     *
     * @throws GraphMismatchException naming the workload, the contender and the first element that differs
     */
    static <G> Map<String, Integer> check(Workload<G> workload, BenchEnvironment environment,
            StatementRecorder statements) {
        return check(workload, environment, statements, contender -> true);
    }

    /** As {@link #check(Workload, BenchEnvironment, StatementRecorder)}, for the reference and the contenders named. */
    static <G> Map<String, Integer> check(Workload<G> workload, BenchEnvironment environment,
            StatementRecorder statements, Predicate<String> contenders) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Object reference = null;
        for (Map.Entry<String, Contender<G>> entry : workload.contenders().entrySet()) {
            if (reference != null && !contenders.test(entry.getKey())) {
                continue;
            }
            Object[] snapshot = new Object[1];
            List<RecordedStatement> ran = statements.record(
                    () -> snapshot[0] = entry.getValue().load(environment, workload.snapshot()));
            counts.put(entry.getKey(), ran.size());
            if (reference == null) {
                reference = snapshot[0];
            } else if (!Objects.equals(reference, snapshot[0])) {
                throw new GraphMismatchException(workload.id() + " " + entry.getKey()
                        + " loaded a graph different from " + Workload.REFERENCE + "'s: "
                        + firstDifference(reference, snapshot[0]));
            }
        }
        return counts;
    }

    private static String firstDifference(Object expected, Object actual) {
        if (expected instanceof List<?> expectedList && actual instanceof List<?> actualList) {
            if (expectedList.size() != actualList.size()) {
                return expectedList.size() + " elements expected, " + actualList.size() + " loaded";
            }
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < expectedList.size() && differences.isEmpty(); i++) {
                if (!Objects.equals(expectedList.get(i), actualList.get(i))) {
                    differences.add("element " + i + ": expected " + expectedList.get(i) + " but was " + actualList.get(i));
                }
            }
            return String.join("; ", differences);
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
