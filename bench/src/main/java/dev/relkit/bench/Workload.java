package dev.relkit.bench;

import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A benchmark workload: its contenders by name (the name is also the JMH benchmark method's), the
 * reference contender every other one is checked against, and how to snapshot and touch its graph.
 *
 * @param id          short id used in results ({@code W1})
 * @param title       what is loaded
 * @param benchmark   the JMH class timing the contenders
 * @param contenders  contenders by benchmark method name, the reference ({@code jdbc}) first
 * @param snapshot    the graph as plain values (records, lists), compared with {@code equals}
 * @param touch       reads every property of the graph, returning a checksum
 * @param stored      the rows a writing workload leaves, read back by the check and removed after each
 *                    operation; {@link StoredRows#NONE} for a reading workload
 */
public record Workload<G>(String id, String title, Class<?> benchmark, Map<String, Contender<G>> contenders,
        Function<G, Object> snapshot, ToLongFunction<G> touch, StoredRows stored) {

    public static final String REFERENCE = "jdbc";

    /** A reading workload. */
    public Workload(String id, String title, Class<?> benchmark, Map<String, Contender<G>> contenders,
            Function<G, Object> snapshot, ToLongFunction<G> touch) {
        this(id, title, benchmark, contenders, snapshot, touch, StoredRows.NONE);
    }
}
