package dev.relkit.bench;

import java.util.function.Function;

/**
 * One way of loading a workload's object graph. {@code use} is applied to the graph while the contender's
 * session is still open, so a lazy contender loads what {@code use} touches: the benchmark passes a
 * checksum that reads every property, the check before timing passes a value snapshot.
 *
 * @param <G> the graph's type, the same for every contender of a workload
 */
@FunctionalInterface
public interface Contender<G> {

    Object load(BenchEnvironment environment, Function<? super G, ?> use);
}
