package dev.relkit.replication;

import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSession;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link RoutedRequest#sqlSession()}: selects on the request's read session, writes on its primary
 * session. relkit's generated statements run through it as through any session, because relkit's
 * executor plugin is on both sessions it delegates to.
 */
final class RoutingSqlSession implements SqlSession {

    private final RoutedRequest request;
    private final Configuration configuration;

    RoutingSqlSession(RoutedRequest request, Configuration configuration) {
        this.request = request;
        this.configuration = configuration;
    }

    @Override
    public <T> T selectOne(String statement) {
        return request.read(session -> session.selectOne(statement));
    }

    @Override
    public <T> T selectOne(String statement, Object parameter) {
        return request.read(session -> session.selectOne(statement, parameter));
    }

    @Override
    public <E> List<E> selectList(String statement) {
        return request.read(session -> session.selectList(statement));
    }

    @Override
    public <E> List<E> selectList(String statement, Object parameter) {
        return request.read(session -> session.selectList(statement, parameter));
    }

    @Override
    public <E> List<E> selectList(String statement, Object parameter, RowBounds rowBounds) {
        return request.read(session -> session.selectList(statement, parameter, rowBounds));
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, String mapKey) {
        return request.read(session -> session.selectMap(statement, mapKey));
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, Object parameter, String mapKey) {
        return request.read(session -> session.selectMap(statement, parameter, mapKey));
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, Object parameter, String mapKey, RowBounds rowBounds) {
        return request.read(session -> session.selectMap(statement, parameter, mapKey, rowBounds));
    }

    /** Not retried on the primary: rows may already have been handed out when the replica breaks. */
    @Override
    public <T> Cursor<T> selectCursor(String statement) {
        return request.readSession().selectCursor(statement);
    }

    @Override
    public <T> Cursor<T> selectCursor(String statement, Object parameter) {
        return request.readSession().selectCursor(statement, parameter);
    }

    @Override
    public <T> Cursor<T> selectCursor(String statement, Object parameter, RowBounds rowBounds) {
        return request.readSession().selectCursor(statement, parameter, rowBounds);
    }

    /** Not retried on the primary: the handler may already have seen rows when the replica breaks. */
    @Override
    public void select(String statement, Object parameter, ResultHandler handler) {
        request.readSession().select(statement, parameter, handler);
    }

    @Override
    public void select(String statement, ResultHandler handler) {
        request.readSession().select(statement, handler);
    }

    @Override
    public void select(String statement, Object parameter, RowBounds rowBounds, ResultHandler handler) {
        request.readSession().select(statement, parameter, rowBounds, handler);
    }

    @Override
    public int insert(String statement) {
        return request.primarySession().insert(statement);
    }

    @Override
    public int insert(String statement, Object parameter) {
        return request.primarySession().insert(statement, parameter);
    }

    @Override
    public int update(String statement) {
        return request.primarySession().update(statement);
    }

    @Override
    public int update(String statement, Object parameter) {
        return request.primarySession().update(statement, parameter);
    }

    @Override
    public int delete(String statement) {
        return request.primarySession().delete(statement);
    }

    @Override
    public int delete(String statement, Object parameter) {
        return request.primarySession().delete(statement, parameter);
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
