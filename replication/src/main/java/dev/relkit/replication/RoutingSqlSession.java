package dev.relkit.replication;

import dev.relkit.sql.DelegatingSqlSession;

import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@link RoutedRequest#sqlSession()}: selects on the request's read session, writes on its primary
 * session. relkit's generated statements run through it as through any session, because relkit's
 * executor plugin is on both sessions it delegates to.
 */
final class RoutingSqlSession extends DelegatingSqlSession {

    private final RoutedRequest request;
    private final Configuration configuration;

    RoutingSqlSession(RoutedRequest request, Configuration configuration) {
        this.request = request;
        this.configuration = configuration;
    }

    /** Reads on the request's read session, retried on the primary when the replica breaks ({@link RoutedRequest#read}). */
    @Override
    protected <R> R read(Function<SqlSession, R> call) {
        return request.read(call);
    }

    /** Not retried on the primary: rows may already have been handed out when the replica breaks. */
    @Override
    protected <R> R readStreaming(Function<SqlSession, R> call) {
        return call.apply(request.readSession());
    }

    @Override
    protected <R> R write(Function<SqlSession, R> call) {
        return call.apply(request.primarySession());
    }

    /** Commits the primary session, if the request opened one; the replica has nothing to commit. */
    @Override
    public void commit() {
        PrimarySqlSession primary = request.primaryOrNull();
        if (primary != null) {
            primary.commit();
        }
    }

    @Override
    public void commit(boolean force) {
        PrimarySqlSession primary = request.primaryOrNull();
        if (primary != null) {
            primary.commit(force);
        }
    }

    @Override
    public void rollback() {
        PrimarySqlSession primary = request.primaryOrNull();
        if (primary != null) {
            primary.rollback();
        }
    }

    @Override
    public void rollback(boolean force) {
        PrimarySqlSession primary = request.primaryOrNull();
        if (primary != null) {
            primary.rollback(force);
        }
    }

    @Override
    public List<BatchResult> flushStatements() {
        PrimarySqlSession primary = request.primaryOrNull();
        return primary == null ? new ArrayList<>() : primary.flushStatements();
    }

    /** Closes the whole request. */
    @Override
    public void close() {
        request.close();
    }

    @Override
    public void clearCache() {
        SqlSession replica = request.replicaOrNull();
        if (replica != null) {
            replica.clearCache();
        }
        PrimarySqlSession primary = request.primaryOrNull();
        if (primary != null) {
            primary.clearCache();
        }
    }

    @Override
    public Configuration getConfiguration() {
        return configuration;
    }

    @Override
    public <T> T getMapper(Class<T> type) {
        return configuration.getMapper(type, this);
    }

    /** The connection reads run on now. */
    @Override
    public Connection getConnection() {
        return request.readSession().getConnection();
    }
}
