package dev.relkit.replication;

import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * A request's session on the primary: tells the request when it writes, and after a commit that wrote
 * reads the transaction's GTID ({@code @@last_gtid}, one statement on the same connection) as the
 * request's causal token.
 */
final class PrimarySqlSession implements SqlSession {

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
    public <T> T selectOne(String statement) {
        return delegate.selectOne(statement);
    }

    @Override
    public <T> T selectOne(String statement, Object parameter) {
        return delegate.selectOne(statement, parameter);
    }

    @Override
    public <E> List<E> selectList(String statement) {
        return delegate.selectList(statement);
    }

    @Override
    public <E> List<E> selectList(String statement, Object parameter) {
        return delegate.selectList(statement, parameter);
    }

    @Override
    public <E> List<E> selectList(String statement, Object parameter, RowBounds rowBounds) {
        return delegate.selectList(statement, parameter, rowBounds);
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, String mapKey) {
        return delegate.selectMap(statement, mapKey);
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, Object parameter, String mapKey) {
        return delegate.selectMap(statement, parameter, mapKey);
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, Object parameter, String mapKey, RowBounds rowBounds) {
        return delegate.selectMap(statement, parameter, mapKey, rowBounds);
    }

    @Override
    public <T> Cursor<T> selectCursor(String statement) {
        return delegate.selectCursor(statement);
    }

    @Override
    public <T> Cursor<T> selectCursor(String statement, Object parameter) {
        return delegate.selectCursor(statement, parameter);
    }

    @Override
    public <T> Cursor<T> selectCursor(String statement, Object parameter, RowBounds rowBounds) {
        return delegate.selectCursor(statement, parameter, rowBounds);
    }

    @Override
    public void select(String statement, Object parameter, ResultHandler handler) {
        delegate.select(statement, parameter, handler);
    }

    @Override
    public void select(String statement, ResultHandler handler) {
        delegate.select(statement, handler);
    }

    @Override
    public void select(String statement, Object parameter, RowBounds rowBounds, ResultHandler handler) {
        delegate.select(statement, parameter, rowBounds, handler);
    }

    @Override
    public int insert(String statement) {
        writing();
        return delegate.insert(statement);
    }

    @Override
    public int insert(String statement, Object parameter) {
        writing();
        return delegate.insert(statement, parameter);
    }

    @Override
    public int update(String statement) {
        writing();
        return delegate.update(statement);
    }

    @Override
    public int update(String statement, Object parameter) {
        writing();
        return delegate.update(statement, parameter);
    }

    @Override
    public int delete(String statement) {
        writing();
        return delegate.delete(statement);
    }

    @Override
    public int delete(String statement, Object parameter) {
        writing();
        return delegate.delete(statement, parameter);
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
