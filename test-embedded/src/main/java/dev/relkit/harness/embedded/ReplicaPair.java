package dev.relkit.harness.embedded;

import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.TestDatabaseException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A MariaDB primary and one replica that applies the primary's binary log by GTID, for tests of
 * read/write routing.
 *
 * <p>{@link #start()} takes two given URLs when both {@value #PRIMARY_URL_PROPERTY} and
 * {@value #REPLICA_URL_PROPERTY} are set (the replica already replicating from the primary, the
 * database present on both, a user allowed to stop and start the replica's threads), else starts a
 * {@link ReplicatedMariaDb} pair of private server processes. Only the private pair can stop and
 * restart its servers ({@link #controlsProcesses()}); tests of server faults skip on given URLs.
 */
public interface ReplicaPair extends AutoCloseable {

    String PRIMARY_URL_PROPERTY = "relkit.jdbc.primary.url";
    String REPLICA_URL_PROPERTY = "relkit.jdbc.replica.url";
    String USER_PROPERTY = "relkit.jdbc.user";
    String PASSWORD_PROPERTY = "relkit.jdbc.password";

    /** The given pair when both URLs are set, else a new private {@link ReplicatedMariaDb}. */
    static ReplicaPair start() {
        String primary = System.getProperty(PRIMARY_URL_PROPERTY);
        String replica = System.getProperty(REPLICA_URL_PROPERTY);
        if (primary != null && replica != null) {
            String user = System.getProperty(USER_PROPERTY, "root");
            String password = System.getProperty(PASSWORD_PROPERTY, "");
            return new GivenReplicaPair(new JdbcTarget(primary, user, password), new JdbcTarget(replica, user, password));
        }
        return ReplicatedMariaDb.start();
    }

    /** The primary's database: every write goes here. */
    JdbcTarget primary();

    /** The same database on the replica. */
    JdbcTarget replica();

    String description();

    /** Whether {@link #killPrimary()} and the other process controls work on this pair. */
    default boolean controlsProcesses() {
        return false;
    }

    /** Kills the primary's process (no clean shutdown), keeping its data directory. */
    default void killPrimary() {
        throw new UnsupportedOperationException(description() + " does not control its server processes");
    }

    /** Starts the primary again on the same port and data; returns once it accepts connections. */
    default void restartPrimary() {
        throw new UnsupportedOperationException(description() + " does not control its server processes");
    }

    /** Kills the replica's process, keeping its data directory. */
    default void killReplica() {
        throw new UnsupportedOperationException(description() + " does not control its server processes");
    }

    /** Starts the replica again; it resumes replication from its saved GTID position by itself. */
    default void restartReplica() {
        throw new UnsupportedOperationException(description() + " does not control its server processes");
    }

    /** Stops the replica's SQL thread: it keeps receiving the binary log but applies nothing. */
    default void stopReplicaSqlThread() {
        onReplica("STOP SLAVE SQL_THREAD");
    }

    default void startReplicaSqlThread() {
        onReplica("START SLAVE SQL_THREAD");
    }

    /**
     * Makes the replica apply each transaction no earlier than {@code delay} after the primary
     * committed it ({@code MASTER_DELAY}, whole seconds); {@link Duration#ZERO} ends the delay.
     */
    default void delayReplica(Duration delay) {
        onReplica("STOP SLAVE", "CHANGE MASTER TO MASTER_DELAY = " + delay.toSeconds(), "START SLAVE");
    }

    /**
     * Waits until the replica has applied every transaction the primary has logged so far, and
     * returns how long that took: the replica's lag behind the primary, measured.
     *
     * @throws TestDatabaseException when the replica does not catch up within {@code timeout}
     */
    default Duration awaitReplicaCaughtUp(Duration timeout) {
        // no database in the URLs: the replica may not have applied its CREATE DATABASE yet
        try (Connection primary = primary().withDatabase("").connect(); Connection replica = replica().withDatabase("").connect();
                Statement position = primary.createStatement();
                ResultSet binlog = position.executeQuery("SELECT @@gtid_binlog_pos")) {
            binlog.next();
            String gtid = binlog.getString(1);
            long started = System.nanoTime();
            try (PreparedStatement wait = replica.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
                wait.setString(1, gtid);
                wait.setDouble(2, timeout.toMillis() / 1000.0);
                try (ResultSet waited = wait.executeQuery()) {
                    waited.next();
                    if (waited.getInt(1) != 0) {
                        throw new TestDatabaseException("The replica " + replica().maskedUrl() + " did not reach GTID "
                                + gtid + " of the primary within " + timeout);
                    }
                }
            }
            return Duration.ofNanos(System.nanoTime() - started);
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not compare the GTID positions of " + description() + ": " + e, e);
        }
    }

    /** Runs statements on the replica, in order, on one connection. */
    default void onReplica(String... statements) {
        try (Connection replica = replica().withDatabase("").connect(); Statement statement = replica.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not run " + String.join("; ", statements) + " on the replica "
                    + replica().maskedUrl() + ": " + e, e);
        }
    }

    /** Stops the pair's servers, if this pair started them. */
    @Override
    void close();

    /** A pair set up outside the tests, named by two URLs. */
    record GivenReplicaPair(JdbcTarget primary, JdbcTarget replica) implements ReplicaPair {

        @Override
        public String description() {
            return "given primary " + primary.maskedUrl() + " and replica " + replica.maskedUrl();
        }

        @Override
        public void close() {
        }
    }
}
