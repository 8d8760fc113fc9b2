package dev.relkit.bench;

import dev.relkit.model.hero.Hero;
import java.util.function.Function;

/**
 * A W7 contender: its framework's W2 read (one hero by id with both teams) and its small unit-of-work
 * write (one new order of two lines, inserted and committed), which {@link ConcurrencyBenchmark} mixes.
 *
 * @param read  the W2 contender reading the hero
 * @param write the writer of the order
 */
record MixedContender(Contender<Hero> read, OrderWriter write) {

    /** One read, the hero touched. */
    Object read(BenchEnvironment environment) {
        return read.load(environment, HeroWorkload::touch);
    }

    /** One write of a new {@link ConcurrencyWorkload#ORDERS} graph; returns the new order's id. */
    Object write(BenchEnvironment environment) {
        var orders = ConcurrencyWorkload.ORDERS.build();
        write.write(environment, orders, false);
        return orders.get(0).getId();
    }

    /** The check's operation: one write, then one read whose hero is handed to {@code use}. */
    Object writeThenRead(BenchEnvironment environment, Function<? super Hero, ?> use) {
        write(environment);
        return read.load(environment, use);
    }
}
