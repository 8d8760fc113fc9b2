package dev.relkit.replication;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import dev.relkit.Relkit;
import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.RecordedDataSource;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.harness.embedded.ReplicaPair;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.schema.ReferenceSchema;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The reference catalogue on a replicated pair: the schema and seed loaded on the primary (and
 * replicated), one pool per server with a statement recorder each, the catalogue's configuration and
 * binding. One per test class; {@link #close()} stops the pair.
 */
final class ReplicatedCatalogue implements AutoCloseable {

    final ReplicaPair pair;
    final RecordedDataSource primary;
    final RecordedDataSource replica;
    final Configuration configuration;
    final Relkit relkit;
    private final HikariDataSource primaryPool;
    private final HikariDataSource replicaPool;

    private ReplicatedCatalogue(ReplicaPair pair) {
        this.pair = pair;
        TestDatabase.startWithScripts(DatabaseChoice.explicit(pair.primary()), ReferenceSchema.allScripts()).close();
        pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));
        this.primaryPool = pool("primary", pair.primary());
        this.replicaPool = pool("replica", pair.replica());
        this.primary = RecordedDataSource.wrap("primary", primaryPool);
        this.replica = RecordedDataSource.wrap("replica", replicaPool);
        this.configuration = ReferenceCatalogue.newConfiguration(
                new Environment("primary", new JdbcTransactionFactory(), primary.dataSource()));
        this.relkit = ReferenceCatalogue.relkit(configuration);
    }

    static ReplicatedCatalogue start() {
        ReplicaPair pair = ReplicaPair.start();
        try {
            return new ReplicatedCatalogue(pair);
        } catch (RuntimeException e) {
            pair.close();
            throw e;
        }
    }

    /** A routing over both pools with the given causal wait timeout; retries a failed replica after 500 ms. */
    ReadWriteRouting routing(Duration causalWaitTimeout) {
        return ReadWriteRouting.builder(configuration)
                .primary(primary.dataSource(), "primary")
                .replica(replica.dataSource(), "replica")
                .causalWaitTimeout(causalWaitTimeout)
                .replicaRetryInterval(Duration.ofMillis(500))
                .build();
    }

    /**
     * Statements that {@code block} ran on each server, as {@code [primary, replica]}.
     */
    StatementsPerServer count(Runnable block) {
        try (StatementRecorder.Recording onPrimary = primary.statements().startRecording();
                StatementRecorder.Recording onReplica = replica.statements().startRecording()) {
            block.run();
            return new StatementsPerServer(onPrimary.statements(), onReplica.statements());
        }
    }

    /** Rows of {@code team} whose name starts with {@code prefix}, read directly from one server. */
    static int teamsNamed(JdbcTarget server, String prefix) {
        try (Connection connection = server.connect();
                PreparedStatement count = connection.prepareStatement("select count(*) from team where name like ?")) {
            count.setString(1, prefix + "%");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count teams on " + server.maskedUrl(), e);
        }
    }

    /**
     * Polls until {@code condition} holds, for at most {@code timeout}; returns whether it did.
     */
    static boolean eventually(Duration timeout, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (condition.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException notYet) {
                // the server is still coming back
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Override
    public void close() {
        try {
            replicaPool.close();
            primaryPool.close();
        } finally {
            pair.close();
        }
    }

    private static HikariDataSource pool(String name, JdbcTarget target) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relkit-" + name);
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        // a server that is down must fail fast (the routing then uses the other), and must not stop start-up
        config.setConnectionTimeout(1000);
        config.setValidationTimeout(500);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** What one block ran on each server. */
    record StatementsPerServer(List<RecordedStatement> primary, List<RecordedStatement> replica) {

        int onPrimary() {
            return primary.size();
        }

        int onReplica() {
            return replica.size();
        }

        @Override
        public String toString() {
            return primary.size() + " on the primary " + primary + ", " + replica.size() + " on the replica " + replica;
        }
    }
}
