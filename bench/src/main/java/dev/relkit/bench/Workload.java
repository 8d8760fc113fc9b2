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
 */
public record Workload<G>(String id, String title, Class<?> benchmark, Map<String, Contender<G>> contenders,
        Function<G, Object> snapshot, ToLongFunction<G> touch) {

    public static final String REFERENCE = "jdbc";
}
