package dev.relkit.sql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSession;

/**
 * A {@link SqlSession} whose statement methods all go through three hooks, so that a session that
 * routes or guards statements (a read replica, a Spring-managed transaction) writes its rule once
 * instead of once per method:
 * <ul>
 *   <li>{@link #read} for the selects that return their whole result ({@code selectOne},
 *       {@code selectList}, {@code selectMap});</li>
 *   <li>{@link #readStreaming} for the selects that hand rows out while they read (cursors, a caller's
 *       {@code ResultHandler}): by default the same as {@link #read}; a session that retries a read
 *       elsewhere must not retry these, since rows may already have been handed out;</li>
 *   <li>{@link #write} for {@code insert}, {@code update} and {@code delete}.</li>
 * </ul>
 * Each hook receives the call as a function of the session it is to run on. Subclasses implement the
 * session's own methods (commit, rollback, close, caches, configuration, mappers, connection).
 */
public abstract class DelegatingSqlSession implements SqlSession {

    /** Runs a select that returns its whole result. */
    protected abstract <R> R read(Function<SqlSession, R> call);

    /** Runs a select that hands rows out while it reads (a cursor, a caller's result handler). */
    protected <R> R readStreaming(Function<SqlSession, R> call) {
        return read(call);
    }

    /** Runs an insert, update or delete. */
    protected abstract <R> R write(Function<SqlSession, R> call);

    @Override
    public <T> T selectOne(String statement) {
        return read(session -> session.selectOne(statement));
    }

    @Override
    public <T> T selectOne(String statement, Object parameter) {
        return read(session -> session.selectOne(statement, parameter));
    }

    @Override
    public <E> List<E> selectList(String statement) {
        return read(session -> session.selectList(statement));
    }

    @Override
    public <E> List<E> selectList(String statement, Object parameter) {
        return read(session -> session.selectList(statement, parameter));
    }

    @Override
    public <E> List<E> selectList(String statement, Object parameter, RowBounds rowBounds) {
        return read(session -> session.selectList(statement, parameter, rowBounds));
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, String mapKey) {
        return read(session -> session.selectMap(statement, mapKey));
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, Object parameter, String mapKey) {
        return read(session -> session.selectMap(statement, parameter, mapKey));
    }

    @Override
    public <K, V> Map<K, V> selectMap(String statement, Object parameter, String mapKey, RowBounds rowBounds) {
        return read(session -> session.selectMap(statement, parameter, mapKey, rowBounds));
    }

    @Override
    public <T> Cursor<T> selectCursor(String statement) {
        return readStreaming(session -> session.selectCursor(statement));
    }

    @Override
    public <T> Cursor<T> selectCursor(String statement, Object parameter) {
        return readStreaming(session -> session.selectCursor(statement, parameter));
    }

    @Override
    public <T> Cursor<T> selectCursor(String statement, Object parameter, RowBounds rowBounds) {
        return readStreaming(session -> session.selectCursor(statement, parameter, rowBounds));
    }

    @Override
    public void select(String statement, Object parameter, ResultHandler handler) {
        readStreaming(session -> {
            session.select(statement, parameter, handler);
            return null;
        });
    }

    @Override
    public void select(String statement, ResultHandler handler) {
        readStreaming(session -> {
            session.select(statement, handler);
            return null;
        });
    }

    @Override
    public void select(String statement, Object parameter, RowBounds rowBounds, ResultHandler handler) {
        readStreaming(session -> {
            session.select(statement, parameter, rowBounds, handler);
            return null;
        });
    }

    @Override
    public int insert(String statement) {
        return write(session -> session.insert(statement));
    }

    @Override
    public int insert(String statement, Object parameter) {
        return write(session -> session.insert(statement, parameter));
    }

    @Override
    public int update(String statement) {
        return write(session -> session.update(statement));
    }

    @Override
    public int update(String statement, Object parameter) {
        return write(session -> session.update(statement, parameter));
    }

    @Override
    public int delete(String statement) {
        return write(session -> session.delete(statement));
    }

    @Override
    public int delete(String statement, Object parameter) {
        return write(session -> session.delete(statement, parameter));
    }
}
