package dev.relkit.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relkit.Relkit;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.embedded.EmbeddedMariaDbServer;
import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.schema.ReferenceSchema;
import dev.relkit.session.DatabaseFailure;
import dev.relkit.session.TransactionRolledBackException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.ibatis.jdbc.ScriptRunner;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.Test;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.order.OrderRelationships.ITEM;
import static dev.relkit.mapper.order.OrderRelationships.ORDER;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.mapper.order.PurchaseOrderDynamicSqlSupport.purchaseOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mybatis.dynamic.sql.SqlBuilder.isLike;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * A bounded soak test of the unit of work through server crashes: 16 threads write orders with their
 * lines through {@link Relkit#inTransaction} and load recent orders with select-in plans, for
 * {@value #DEFAULT_SECONDS} seconds (property {@code relkit.soak.seconds}), while the test kills its
 * private MariaDB server with SIGKILL twice and starts it again on the same data directory.
 *
 * <p>Every unit carries a unique token (the order's customer name, which also says how many lines it
 * has). What each caller saw is recorded per token: committed (returned normally), failed (an exception
 * that says the transaction is gone), or outcome unknown (the connection broke during COMMIT). Afterwards
 * the committed rows must match: every committed unit exactly once with all its lines, no failed unit's
 * rows, no partial unit, no token twice, and each unknown unit whole or absent. Loads running during
 * the crashes must never see an order without all of its lines.
 *
 * <p>Traffic goes to 127.0.0.1 only: a server this test starts and closes. With
 * {@code -Drelkit.soak.trace=true} in the test JVM each failure's cause chain and stack are printed.
 */
class SoakIT {

    private static final int THREADS = 16;
    private static final int DEFAULT_SECONDS = 50;
    private static final int KILLS = 2;
    private static final int RETRIES = 3;
    private static final long OUTAGE_MILLIS = 2_000;
    private static final String TOKEN_PREFIX = "soak-";
    private static final LoadPlan RECENT_ORDERS_PLAN = LoadPlan.of(selectIn(ORDER_ITEMS).selectIn(ORDER_ITEM_ITEM));

    private enum Outcome { COMMITTED, FAILED, UNKNOWN }

    @Test
    void everyCommittedUnitSurvivesTwoServerKillsExactlyOnceAndNoUnitIsPartial() throws Exception {
        int seconds = Integer.getInteger("relkit.soak.seconds", DEFAULT_SECONDS);
        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        Map<String, String> failures = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger failedLoads = new AtomicInteger();
        List<String> tornReads = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> kills = new ArrayList<>();
        long started = System.nanoTime();

        try (EmbeddedMariaDbServer server = EmbeddedMariaDbServer.startPrivate();
                HikariDataSource pool = pool(server.defaultDatabase())) {
            loadSchema(server.defaultDatabase());
            Configuration configuration = ReferenceCatalogue.newConfiguration(
                    new Environment("soak", new JdbcTransactionFactory(), pool));
            SqlSessionFactory factory = new SqlSessionFactoryBuilder().build(configuration);
            Relkit relkit = ReferenceCatalogue.relkit(configuration);
            List<Integer> itemIds = List.of(1, 2, 3, 4); // the seed's items; an order has at most one line per item

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> workers = new ArrayList<>();
            try {
                for (int t = 0; t < THREADS; t++) {
                    int thread = t;
                    workers.add(threads.submit(() -> {
                        go.await();
                        for (int sequence = 0; System.nanoTime() < deadline; sequence++) {
                            if (sequence % 4 == 3) {
                                loadRecentOrders(relkit, factory, loads, failedLoads, tornReads);
                            } else {
                                int lines = 1 + (thread + sequence) % itemIds.size();
                                String token = String.format("%s%02d-%06d-n%d", TOKEN_PREFIX, thread, sequence, lines);
                                writeUnit(relkit, factory, token, itemIds.subList(0, lines), attempts, outcomes, failures);
                            }
                            Thread.sleep(20); // moderate load: the machine runs other builds
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (int kill = 1; kill <= KILLS; kill++) {
                    // kills at about a third and two thirds of the run, while every thread is busy
                    sleepUntil(started, deadline, kill);
                    long pid = server.pid();
                    server.kill();
                    Thread.sleep(OUTAGE_MILLIS);
                    long down = System.nanoTime();
                    server.restart();
                    kills.add("kill " + kill + ": pid " + pid + ", back after " + (OUTAGE_MILLIS
                            + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - down)) + " ms");
                }
                for (Future<?> worker : workers) {
                    worker.get(seconds + 120L, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }

            Map<String, List<Integer>> stored = storedUnits(server.defaultDatabase());
            Figures figures = Figures.of(outcomes, stored, attempts.get() - outcomes.size(), loads.get(), failedLoads.get(), tornReads.size(), seconds, kills);
            System.out.println(figures.report(started, failures));

            assertThat(kills).hasSize(KILLS);
            assertThat(figures.committed).as("units committed").isGreaterThan(100);
            assertThat(figures.retries + figures.failedByCallers + figures.failedLoads)
                    .as("units run again by inTransaction, failures and failed loads: the kills hit work in flight").isPositive();
            assertThat(stored.keySet()).as("tokens in the database that no caller wrote").allMatch(outcomes::containsKey);
            assertThat(stored.entrySet().stream().filter(unit -> unit.getValue().size() != 1)
                    .map(Map.Entry::getKey).toList()).as("tokens stored more than once").isEmpty();
            assertThat(stored.entrySet().stream().filter(unit -> !unit.getValue().get(0).equals(lines(unit.getKey())))
                    .map(unit -> unit.getKey() + " has " + unit.getValue()).toList()).as("partial units").isEmpty();
            assertThat(tokens(outcomes, Outcome.COMMITTED).stream().filter(token -> !stored.containsKey(token)).toList())
                    .as("committed units lost").isEmpty();
            assertThat(tokens(outcomes, Outcome.FAILED).stream().filter(stored::containsKey)
                    .map(token -> token + ": " + failures.get(token)).toList())
                    .as("units whose caller was told the transaction was rolled back, yet stored").isEmpty();
            assertThat(tornReads).as("loads that saw an order without all its lines").isEmpty();
            assertThat(figures.rowsLost).isZero();
        }
    }

    private static HikariDataSource pool(JdbcTarget target) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("soak");
        // a dead server must fail fast, not hang a thread: short connect and socket timeouts
        config.setJdbcUrl(target.url() + "&connectTimeout=2000&socketTimeout=15000");
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(THREADS);
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        config.setConnectionTestQuery("select 1"); // a connection the kill broke is dropped at checkout
        config.setAutoCommit(true); // MyBatis's JdbcTransaction turns it off for each session
        config.setInitializationFailTimeout(10_000);
        return new HikariDataSource(config);
    }

    private static void loadSchema(JdbcTarget target) throws Exception {
        try (Connection connection = target.connect()) {
            ScriptRunner runner = new ScriptRunner(connection);
            runner.setLogWriter(null);
            runner.setStopOnError(true);
            for (String script : ReferenceSchema.allScripts()) {
                try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                        SoakIT.class.getClassLoader().getResourceAsStream(script), script), StandardCharsets.UTF_8)) {
                    runner.runScript(reader);
                }
            }
        }
    }

    /** One unit of work: an order and its lines, in one transaction, retried when the transaction was lost. */
    private static void writeUnit(Relkit relkit, SqlSessionFactory factory, String token, List<Integer> itemIds,
                                  AtomicInteger attempts, Map<String, Outcome> outcomes, Map<String, String> failures) {
        try {
            relkit.inTransaction(factory, RETRIES, unit -> {
                attempts.incrementAndGet();
                Order order = new Order(token, LocalDateTime.of(2026, 1, 1, 12, 0));
                for (Integer itemId : itemIds) {
                    Item item = unit.get(ITEM, itemId);
                    OrderItem line = new OrderItem(1 + itemId % 3, item.getPrice());
                    line.setItem(item);
                    line.setOrder(order);
                    order.getOrderItems().add(line);
                }
                unit.add(order);
                return order.getId();
            });
            outcomes.put(token, Outcome.COMMITTED);
        } catch (RuntimeException failure) {
            boolean unknown = failure instanceof TransactionRolledBackException lost && lost.commitOutcomeUnknown();
            outcomes.put(token, unknown ? Outcome.UNKNOWN : Outcome.FAILED);
            failures.put(token, failure.getClass().getSimpleName() + " (" + DatabaseFailure.of(failure) + ")");
            if (Boolean.getBoolean("relkit.soak.trace")) {
                StringBuilder chain = new StringBuilder(token);
                for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                    chain.append("\n   ").append(cause.getClass().getName()).append(cause instanceof SQLException sql ? " [" + sql.getSQLState() + "/" + sql.getErrorCode() + "]" : "")
                            .append(": ").append(String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
                }
                java.io.StringWriter trace = new java.io.StringWriter();
                failure.printStackTrace(new java.io.PrintWriter(trace));
                System.out.println("[soak-trace] " + chain + "\n" + trace.toString().lines().limit(40).collect(Collectors.joining("\n")));
            }
        }
    }

    /** The 20 newest soak orders with their lines and items, two select-in statements after the orders. */
    private static void loadRecentOrders(Relkit relkit, SqlSessionFactory factory, AtomicInteger loads,
                                         AtomicInteger failedLoads, List<String> tornReads) {
        try (SqlSession session = factory.openSession(false)) {
            List<Order> orders = relkit.loader(session).query(ORDER, select(purchaseOrder.allColumns())
                    .from(purchaseOrder)
                    .where(purchaseOrder.customerName, isLike(TOKEN_PREFIX + "%"))
                    .orderBy(purchaseOrder.id.descending())
                    .limit(20), RECENT_ORDERS_PLAN);
            for (Order order : orders) {
                long withItems = order.getOrderItems().stream().filter(line -> line.getItem() != null).count();
                if (order.getOrderItems().size() != lines(order.getCustomerName()) || withItems != order.getOrderItems().size()) {
                    tornReads.add(order.getCustomerName() + ": " + order.getOrderItems().size() + " lines, " + withItems + " with items");
                }
            }
            session.rollback(true);
            loads.incrementAndGet();
        } catch (RuntimeException failure) {
            failedLoads.incrementAndGet();
        }
    }

    /** Token to the line counts of each order stored under it (one entry per order row), read after the run. */
    private static Map<String, List<Integer>> storedUnits(JdbcTarget target) throws SQLException {
        Map<String, List<Integer>> stored = new TreeMap<>();
        try (Connection connection = target.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select purchase_order.customer_name, count(order_item.id)"
                        + " from purchase_order left join order_item on order_item.order_id = purchase_order.id"
                        + " where purchase_order.customer_name like '" + TOKEN_PREFIX + "%'"
                        + " group by purchase_order.id, purchase_order.customer_name")) {
            while (rows.next()) {
                stored.computeIfAbsent(rows.getString(1), token -> new ArrayList<>()).add(rows.getInt(2));
            }
        }
        return stored;
    }

    private static int lines(String token) {
        return Integer.parseInt(token.substring(token.lastIndexOf("-n") + 2));
    }

    private static List<String> tokens(Map<String, Outcome> outcomes, Outcome outcome) {
        return outcomes.entrySet().stream().filter(entry -> entry.getValue() == outcome).map(Map.Entry::getKey).toList();
    }

    private static void sleepUntil(long started, long deadline, int kill) throws InterruptedException {
        long at = started + (deadline - started) * kill / (KILLS + 1);
        long wait = at - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** What the run amounted to, for the report and the README. */
    private record Figures(int committed, int retries, int failedByCallers, int unknown, int unknownPresent, int rowsLost,
                           int storedLines, int loads, int failedLoads, int tornLoads, int seconds, List<String> kills) {

        static Figures of(Map<String, Outcome> outcomes, Map<String, List<Integer>> stored, int retries, int loads, int failedLoads,
                          int tornLoads, int seconds, List<String> kills) {
            List<String> committed = tokens(outcomes, Outcome.COMMITTED);
            List<String> unknown = tokens(outcomes, Outcome.UNKNOWN);
            return new Figures(committed.size(), retries,
                    tokens(outcomes, Outcome.FAILED).size() + unknown.size(),
                    unknown.size(),
                    (int) unknown.stream().filter(stored::containsKey).count(),
                    (int) committed.stream().filter(token -> !stored.containsKey(token)).count(),
                    stored.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum(),
                    loads, failedLoads, tornLoads, seconds, kills);
        }

        String report(long started, Map<String, String> failures) {
            String kinds = failures.values().stream().collect(Collectors.groupingBy(kind -> kind, TreeMap::new, Collectors.counting()))
                    .toString();
            return "[soak] " + THREADS + " threads, " + seconds + " s of load, " + kills.size() + " SIGKILLs (" + String.join("; ", kills)
                    + "), " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s in all\n"
                    + "[soak] units committed: " + committed + " (" + storedLines + " order lines stored in all; "
                    + retries + " attempts run again by inTransaction after a lost transaction)\n"
                    + "[soak] failures seen by callers: " + failedByCallers + " " + kinds + "\n"
                    + "[soak] unknown outcomes (connection broke during COMMIT): " + unknown + " (" + unknownPresent
                    + " committed, " + (unknown - unknownPresent) + " not)\n"
                    + "[soak] loads with select-in plans: " + loads + " (" + failedLoads + " failed during the outages, " + tornLoads + " saw a partial order)\n"
                    + "[soak] rows lost: " + rowsLost;
        }
    }
}
