package dev.relkit.replication;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.jdbc.JdbcTransaction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * Sends a request's reads to a replica and its writes to the primary: built once at start-up from
 * the application's MyBatis {@link Configuration} and two pools, then one {@link RoutedRequest} per
 * request.
 *
 * <pre>{@code
 * ReadWriteRouting routing = ReadWriteRouting.builder(configuration)
 *         .primary(primaryPool).replica(replicaPool).build();
 *
 * try (RoutedRequest request = routing.request(tokenFromLastRequest)) {
 *     SqlSession session = request.sqlSession();            // selects: the replica; writes: the primary
 *     List<Team> teams = session.getMapper(TeamMapper.class).selectAll();
 *     relkit.loader(session).load(teams, plan);             // select-in and lazy loads: the replica
 *     try (RelkitSession unit = request.unitOfWork(relkit)) { // the primary
 *         ...; unit.commit();
 *     }
 *     nextToken = request.causalToken();                    // the commit's GTID, for the next request
 * }
 * }</pre>
 *
 * <p><b>Why two pools.</b> mariadb-java-client's {@code jdbc:mariadb:replication://} URL would route by
 * {@code Connection.setReadOnly}, but MyBatis never calls it, one pool of such connections cannot say
 * which server ran a statement (so neither statements nor lag can be counted per server), and a
 * causal wait has to run on a replica connection known to be one. Two ordinary pools keep every
 * decision here, visible and testable; the routing itself is a few lines. Without {@link
 * Builder#replica(DataSource)} everything goes to the primary: adding a replica is that one setting.
 *
 * <p><b>Faults.</b> A replica that cannot be reached (the pool's connection timeout; give the replica's
 * pool a short one, about a second, and {@code initializationFailTimeout = -1} so the application
 * starts without it) or that breaks during a read serves nothing: the read runs on the primary,
 * without an error to the caller, and the replica is not tried again for {@link
 * Builder#replicaRetryInterval(Duration)}; when it answers again the pool reconnects. A primary that
 * cannot be reached fails writes with {@link PrimaryUnavailableException} before anything is sent,
 * while reads keep going to the replica. A failure inside a unit of work is relkit-core's
 * (the transaction is rolled back, or its outcome reported unknown if the COMMIT broke).
 *
 * <p>Thread-safe; a {@link RoutedRequest} is, like a {@code SqlSession}, for one thread.
 */
public final class ReadWriteRouting {

    private static final Logger LOG = LoggerFactory.getLogger(ReadWriteRouting.class);

    private final Configuration configuration;
    private final DataSource primary;
    private final String primaryName;
    private final DataSource replica;
    private final String replicaName;
    private final Duration causalWaitTimeout;
    private final Duration replicaRetryInterval;
    private final RoutingStatistics statistics = new RoutingStatistics();
    /** When a resting replica is tried again (a {@link System#nanoTime()} value; in the past while it is in use). */
    private volatile long replicaRetryAt = System.nanoTime();

    private ReadWriteRouting(Builder builder) {
        this.configuration = builder.configuration;
        this.primary = Objects.requireNonNull(builder.primary, "a primary DataSource is required");
        this.primaryName = builder.primaryName;
        this.replica = builder.replica;
        this.replicaName = builder.replicaName;
        this.causalWaitTimeout = builder.causalWaitTimeout;
        this.replicaRetryInterval = builder.replicaRetryInterval;
    }

    /** Starts a routing over the configuration's mappers, settings and plugins (relkit's included). */
    public static Builder builder(Configuration configuration) {
        return new Builder(configuration);
    }

    /** A request whose reads need not wait for any earlier write. */
    public RoutedRequest request() {
        return new RoutedRequest(this, null);
    }

    /**
     * A request whose reads see the write {@code after} names: they wait on the replica until it has
     * applied that GTID, for at most the causal wait timeout, then read from the primary.
     * {@code null} is the same as {@link #request()}.
     */
    public RoutedRequest request(CausalToken after) {
        return new RoutedRequest(this, after);
    }

    public RoutingStatistics statistics() {
        return statistics;
    }

    /** Whether a replica is configured at all. */
    public boolean hasReplica() {
        return replica != null;
    }

    /**
     * Measures how far the replica is behind the primary now: reads the primary's
     * {@code @@gtid_binlog_pos} and times the replica's {@code MASTER_GTID_WAIT} for it.
     *
     * @return the measured lag, or empty when the replica did not catch up within {@code timeout},
     *     is not configured or cannot be reached
     */
    public Optional<Duration> measureReplicaLag(Duration timeout) {
        if (replica == null) {
            return Optional.empty();
        }
        String position;
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT @@gtid_binlog_pos")) {
            rows.next();
            position = rows.getString(1);
        } catch (SQLException e) {
            throw new PrimaryUnavailableException(primaryName, "a lag measurement", e);
        }
        if (position == null || position.isEmpty()) {
            return Optional.of(Duration.ZERO);
        }
        try (Connection connection = replica.getConnection()) {
            long started = System.nanoTime();
            return waitForGtid(connection, position, timeout)
                    ? Optional.of(Duration.ofNanos(System.nanoTime() - started)) : Optional.empty();
        } catch (SQLException e) {
            LOG.warn("Could not measure the lag of the replica {}: {}", replicaName, e.getMessage());
            return Optional.empty();
        }
    }

    /** A new session on a primary connection in manual-commit mode. */
    SqlSession openPrimary(String purpose) {
        Connection connection;
        try {
            connection = primary.getConnection();
        } catch (SQLException e) {
            throw new PrimaryUnavailableException(primaryName, purpose, e);
        }
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new PrimaryUnavailableException(primaryName, purpose, e);
        }
        return sessionOn(connection, false);
    }

    /**
     * A read-only session on the replica that has applied {@code after} (when given), or empty when the
     * replica is not configured, is resting after a failure, or cannot be reached now. A replica that
     * did not catch up in time is returned as {@link ReplicaSession#caughtUp() behind}: the caller
     * closes it and reads from the primary, or keeps it when the primary is gone too.
     */
    Optional<ReplicaSession> openReplica(CausalToken after) {
        if (replica == null || System.nanoTime() - replicaRetryAt < 0) {
            if (replica != null) {
                statistics.replicaUnavailableOnce();
            }
            return Optional.empty();
        }
        Connection connection;
        try {
            connection = replica.getConnection();
            connection.setReadOnly(true);
        } catch (SQLException e) {
            replicaFailed(e);
            return Optional.empty();
        }
        boolean caughtUp = true;
        if (after != null) {
            long started = System.nanoTime();
            try {
                caughtUp = waitForGtid(connection, after.gtidPosition(), causalWaitTimeout);
            } catch (SQLException e) {
                closeQuietly(connection);
                if (ConnectionFailures.isConnectionFailure(e)) {
                    replicaFailed(e);
                } else {
                    LOG.warn("MASTER_GTID_WAIT failed on the replica {}, reading from the primary: {}", replicaName,
                            e.getMessage());
                    statistics.causalWait(System.nanoTime() - started, false);
                }
                return Optional.empty();
            }
            statistics.causalWait(System.nanoTime() - started, caughtUp);
            if (!caughtUp) {
                LOG.debug("The replica {} did not apply {} within {}", replicaName, after, causalWaitTimeout);
            }
        }
        return Optional.of(new ReplicaSession(sessionOn(connection, true), caughtUp));
    }

    /** Takes the replica out of rotation for the retry interval. */
    void replicaFailed(Exception cause) {
        statistics.replicaUnavailableOnce();
        replicaRetryAt = System.nanoTime() + replicaRetryInterval.toNanos();
        LOG.warn("The replica {} is unavailable, reading from the primary {} for the next {}: {}", replicaName,
                primaryName, replicaRetryInterval, cause.getMessage());
    }

    RoutingStatistics stats() {
        return statistics;
    }

    String primaryName() {
        return primaryName;
    }

    Configuration configuration() {
        return configuration;
    }

    /**
     * A session of the application's configuration (so its plugins, relkit's executor plugin among
     * them, apply) on a connection this routing chose; closing it returns the connection to its pool.
     */
    private SqlSession sessionOn(Connection connection, boolean autoCommit) {
        JdbcTransaction transaction = new JdbcTransaction(connection);
        return new DefaultSqlSession(configuration,
                configuration.newExecutor(transaction, configuration.getDefaultExecutorType()), autoCommit);
    }

    /** {@code MASTER_GTID_WAIT}: 0 once applied, -1 on timeout, NULL when the server is no replica. */
    private static boolean waitForGtid(Connection connection, String position, Duration timeout) throws SQLException {
        try (PreparedStatement wait = connection.prepareStatement("SELECT MASTER_GTID_WAIT(?, ?)")) {
            wait.setString(1, position);
            wait.setBigDecimal(2, BigDecimal.valueOf(timeout.toMillis(), 3));
            try (ResultSet result = wait.executeQuery()) {
                result.next();
                int outcome = result.getInt(1);
                return !result.wasNull() && outcome == 0;
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Could not close a connection: {}", e.getMessage());
        }
    }

    /** A replica session and whether the replica had applied the awaited GTID. */
    record ReplicaSession(SqlSession session, boolean caughtUp) {
    }

    /** Settings of a {@link ReadWriteRouting}; only the primary is required. */
    public static final class Builder {

        private final Configuration configuration;
        private DataSource primary;
        private String primaryName = "primary";
        private DataSource replica;
        private String replicaName = "replica";
        private Duration causalWaitTimeout = Duration.ofSeconds(1);
        private Duration replicaRetryInterval = Duration.ofSeconds(5);

        private Builder(Configuration configuration) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
        }

        /** The primary's pool: every write, and every read the replica cannot serve. */
        public Builder primary(DataSource primary) {
            return primary(primary, "primary");
        }

        /** As {@link #primary(DataSource)}, with the name messages and logs use for it. */
        public Builder primary(DataSource primary, String name) {
            this.primary = Objects.requireNonNull(primary, "primary");
            this.primaryName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * The replica's pool (a single replica, or a load balancer over several). {@code null}, or not
         * calling this, routes everything to the primary.
         */
        public Builder replica(DataSource replica) {
            return replica(replica, "replica");
        }

        /** As {@link #replica(DataSource)}, with the name messages and logs use for it. */
        public Builder replica(DataSource replica, String name) {
            this.replica = replica;
            this.replicaName = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * How long a causal read waits on the replica for the awaited GTID before reading from the
         * primary; 1 second unless set. A timeout is no error: the read is served, by the primary.
         */
        public Builder causalWaitTimeout(Duration timeout) {
            if (timeout.isNegative()) {
                throw new IllegalArgumentException("causal wait timeout must not be negative: " + timeout);
            }
            this.causalWaitTimeout = timeout;
            return this;
        }

        /** How long a replica that failed is left out before it is tried again; 5 seconds unless set. */
        public Builder replicaRetryInterval(Duration interval) {
            if (interval.isNegative()) {
                throw new IllegalArgumentException("replica retry interval must not be negative: " + interval);
            }
            this.replicaRetryInterval = interval;
            return this;
        }

        public ReadWriteRouting build() {
            return new ReadWriteRouting(this);
        }
    }
}
