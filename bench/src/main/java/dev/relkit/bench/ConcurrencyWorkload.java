package dev.relkit.bench;

import dev.relkit.model.hero.Hero;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * W7: concurrency. {@value #THREADS} threads share one HikariCP pool of {@value #THREADS} connections
 * for a fixed time; each runs its contender's operations back to back, four W2 reads (one hero with both
 * teams) then one small unit-of-work write (one order of two lines, committed), over and over
 * ({@link ConcurrencyBenchmark}). Reported: throughput (operations per second, all threads), the 99th
 * percentile of an operation's latency, and the errors (an operation that throws is counted, not retried).
 * The check before timing runs one write and one read per contender and compares the hero and the rows.
 */
public final class ConcurrencyWorkload {

    /** Threads, and connections in the pool. */
    static final int THREADS = 16;

    /** Every how many operations of a thread one is a write. */
    static final int WRITE_EVERY = 5;

    /** What a write inserts; customer names start with {@code "w7 customer "}. */
    static final NewOrders ORDERS = new NewOrders("w7 customer ", 1, 2);

    static final MixedContender JDBC = new MixedContender(HeroWorkload::jdbc, new JdbcOrderWriter());
    static final MixedContender RELKIT = new MixedContender(HeroWorkload::relkitJoined, new RelkitOrderWriter());
    static final MixedContender HIBERNATE = new MixedContender(HeroWorkload::hibernateJoinFetch, new HibernateOrderWriter());

    public static final Workload<Hero> WORKLOAD = new Workload<>("W7",
            THREADS + " threads on a pool of " + THREADS + ": W2 reads mixed with one-order unit-of-work writes (4:1)",
            ConcurrencyBenchmark.class, contenders(), HeroWorkload::snapshot, HeroWorkload::touch, ORDERS);

    private ConcurrencyWorkload() {
    }

    private static Map<String, Contender<Hero>> contenders() {
        Map<String, Contender<Hero>> contenders = new LinkedHashMap<>();
        contenders.put("jdbc", JDBC::writeThenRead);
        contenders.put("relkit", RELKIT::writeThenRead);
        contenders.put("hibernate", HIBERNATE::writeThenRead);
        return contenders;
    }
}
