package dev.relkit.replication;

import dev.relkit.sql.DelegatingSqlSession;

import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

/**
 * A request's session on the primary: tells the request when it writes, and after a commit that wrote
 * reads the transaction's GTID ({@code @@last_gtid}, one statement on the same connection) as the
 * request's causal token.
 */
final class PrimarySqlSession extends DelegatingSqlSession {

    private static final Logger LOG = LoggerFactory.getLogger(PrimarySqlSession.class);

    private final SqlSession delegate;
    private final RoutedRequest request;
    private boolean uncommittedWrites;
    private boolean closed;

    PrimarySqlSession(SqlSession delegate, RoutedRequest request) {
        this.delegate = delegate;
        this.request = request;
    }

    boolean isClosed() {
        return closed;
    }

    private void writing() {
        request.writing();
        uncommittedWrites = true;
    }

    private void afterCommit() {
        if (!uncommittedWrites) {
            return;
        }
        uncommittedWrites = false;
        try (Statement statement = delegate.getConnection().createStatement();
                ResultSet gtid = statement.executeQuery("SELECT @@last_gtid")) {
            if (gtid.next() && gtid.getString(1) != null && !gtid.getString(1).isEmpty()) {
                request.committed(CausalToken.parse(gtid.getString(1)));
            }
        } catch (SQLException | IllegalArgumentException e) {
            LOG.warn("Committed, but could not read the transaction's GTID for causal reads: {}", e.getMessage());
        }
    }

    @Override
    protected <R> R read(Function<SqlSession, R> call) {
        return call.apply(delegate);
    }

    @Override
    protected <R> R write(Function<SqlSession, R> call) {
        writing();
        return call.apply(delegate);
    }

    @Override
    public void commit() {
        delegate.commit();
        afterCommit();
    }

    @Override
    public void commit(boolean force) {
        delegate.commit(force);
        afterCommit();
    }

    @Override
    public void rollback() {
        delegate.rollback();
        uncommittedWrites = false;
    }

    @Override
    public void rollback(boolean force) {
        delegate.rollback(force);
        uncommittedWrites = false;
    }

    @Override
    public List<BatchResult> flushStatements() {
        return delegate.flushStatements();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            delegate.close();
        }
    }

    @Override
    public void clearCache() {
        delegate.clearCache();
    }

    @Override
    public Configuration getConfiguration() {
        return delegate.getConfiguration();
    }

    @Override
    public <T> T getMapper(Class<T> type) {
        return getConfiguration().getMapper(type, this);
    }

    @Override
    public Connection getConnection() {
        return delegate.getConnection();
    }
}
