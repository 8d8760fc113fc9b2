package dev.relkit.replication;

import dev.relkit.Relkit;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.session.RelkitSession;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Function;

/**
 * One request's sessions: at most one replica session for its reads and one primary session for its
 * writes, opened when first needed and closed by {@link #close()}.
 *
 * <p>Reads (every {@code select} through {@link #sqlSession()}: mapper queries, relkit's select-in and
 * subquery loads, lazy loads of what they loaded) go to the replica until the request writes; from the
 * first write on (an {@code insert}, {@code update} or {@code delete} through either session, a unit of
 * work's flush) they go to the primary, on the unit's own connection, so the request reads its own
 * writes, committed or not. A request opened with a {@link CausalToken} waits on the replica for that
 * GTID first and reads from the primary when the wait times out. See {@link ReadWriteRouting} for
 * faults.
 *
 * <p>Locking reads ({@code FOR UPDATE}) belong in the unit of work or on {@link #primarySession()}:
 * a replica cannot lock the primary's rows.
 */
public final class RoutedRequest implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RoutedRequest.class);

    /** Where this request's reads go now. */
    public enum ReadTarget { REPLICA, PRIMARY }

    private final ReadWriteRouting routing;
    private final RoutingSqlSession sqlSession;
    private CausalToken token;
    private PrimarySqlSession primary;
    private SqlSession replica;
    private boolean replicaChosen;
    private boolean wrote;
    private boolean closed;

    RoutedRequest(ReadWriteRouting routing, CausalToken after) {
        this.routing = routing;
        this.token = after;
        this.sqlSession = new RoutingSqlSession(this, routing.configuration());
    }

    /**
     * The request's session for MyBatis and relkit: selects on the replica (or the primary, as above),
     * inserts, updates and deletes on the primary. Closing it closes the request.
     */
    public SqlSession sqlSession() {
        return sqlSession;
    }

    /** A relkit loader whose statements run on {@link #sqlSession()}. */
    public RelationshipLoader loader(Relkit relkit) {
        return relkit.loader(sqlSession);
    }

    /**
     * A unit of work on the request's primary session (manual commit). Its commit records the
     * transaction's GTID as {@link #causalToken()}.
     *
     * @throws PrimaryUnavailableException when the primary cannot be reached
     */
    public RelkitSession unitOfWork(Relkit relkit) {
        return relkit.session(primarySession("a unit of work"));
    }

    /**
     * The request's primary session (manual commit), for writes outside a unit of work and for
     * locking reads.
     *
     * @throws PrimaryUnavailableException when the primary cannot be reached
     */
    public SqlSession primarySession() {
        return primarySession("a write");
    }

    /**
     * The GTID of the last transaction this request committed with writes, else the token it was opened
     * with; hand it to the next request of the same user.
     */
    public Optional<CausalToken> causalToken() {
        return Optional.ofNullable(token);
    }

    /** Where reads go now; deciding may open the replica session (and wait for the causal token). */
    public ReadTarget readTarget() {
        return readSession() == replica ? ReadTarget.REPLICA : ReadTarget.PRIMARY;
    }

    /** Whether anything was written through this request. */
    public boolean hasWritten() {
        return wrote;
    }

    /** Rolls back what the primary session did not commit and returns both connections. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (replica != null) {
                replica.close();
            }
        } finally {
            replica = null;
            if (primary != null && !primary.isClosed()) {
                primary.close();
            }
        }
    }

    PrimarySqlSession primarySession(String purpose) {
        requireOpen();
        if (primary == null || primary.isClosed()) {
            primary = new PrimarySqlSession(routing.openPrimary(purpose), this);
        }
        return primary;
    }

    /** The session reads run on now. */
    SqlSession readSession() {
        requireOpen();
        if (wrote) {
            return primarySession("a read after this request's write");
        }
        if (!replicaChosen) {
            replicaChosen = true;
            Optional<ReadWriteRouting.ReplicaSession> opened = routing.openReplica(token);
            if (opened.isPresent() && opened.get().caughtUp()) {
                replica = opened.get().session();
                routing.stats().replicaRead();
            } else if (opened.isPresent()) {
                try {
                    primarySession("a causal read the replica could not serve in time");
                    opened.get().session().close();
                } catch (PrimaryUnavailableException e) {
                    LOG.warn("The replica has not applied {} and the primary is unavailable: reading from the replica",
                            token);
                    routing.stats().causalReadUnmet();
                    replica = opened.get().session();
                }
            }
        }
        return replica != null ? replica : primarySession("a read the replica could not serve");
    }

    /**
     * Runs a read on {@link #readSession()}; when the replica's connection breaks during it, the replica
     * is taken out of rotation and the read runs once more, on the primary.
     */
    <T> T read(Function<SqlSession, T> statement) {
        SqlSession session = readSession();
        try {
            return statement.apply(session);
        } catch (PersistenceException e) {
            if (session != replica || !ConnectionFailures.isConnectionFailure(e)) {
                throw e;
            }
            routing.replicaFailed(e);
            closeReplicaQuietly();
            return statement.apply(readSession());
        }
    }

    /** Called by the primary session before every insert, update and delete. */
    void writing() {
        if (!wrote) {
            wrote = true;
            routing.stats().writingRequest();
        }
    }

    /** Called by the primary session after a commit that wrote: the transaction's GTID. */
    void committed(CausalToken gtid) {
        token = gtid;
    }

    SqlSession replicaOrNull() {
        return replica;
    }

    PrimarySqlSession primaryOrNull() {
        return primary == null || primary.isClosed() ? null : primary;
    }

    private void closeReplicaQuietly() {
        SqlSession broken = replica;
        replica = null;
        try {
            broken.close();
        } catch (RuntimeException e) {
            LOG.debug("Could not close the broken replica session: {}", e.getMessage());
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("This routed request is closed");
        }
    }
}
