package dev.relkit.resultmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.ibatis.cursor.defaults.DefaultCursor;
import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.session.RowBounds;

/**
 * A MyBatis {@link org.apache.ibatis.cursor.Cursor Cursor} over a compiled resultMap: the objects
 * {@link RowGraphReader#next} hands out one at a time, with {@code DefaultCursor}'s contract (one
 * iterator, closed when consumed or closed, the index of the last object returned).
 *
 * <p>It is a {@link DefaultCursor}, so that code casting MyBatis's cursors to that class keeps
 * working, and overrides every method of the {@code Cursor} interface. What it inherits is inert:
 * {@code DefaultCursor}'s private state (its status, its result set handler, whose
 * {@code nestedResultObjects} stay empty) does not describe this cursor, and its protected
 * {@code fetchNext...} methods, which only {@code DefaultCursor}'s own iterator calls, are never
 * called. Code that reads those internals reflectively sees a cursor that has not started.
 */
final class CompiledCursor<T> extends DefaultCursor<T> {

    private enum Status {
        CREATED, OPEN, CLOSED, CONSUMED
    }

    private final ResultSet resultSet;
    private final RowGraphReader reader;
    private Status status = Status.CREATED;
    private boolean iteratorRetrieved;
    private int index = -1;

    CompiledCursor(DefaultResultSetHandler handler, ResultMap resultMap, ResultSetWrapper columns,
            RowGraphReader reader) {
        super(handler, resultMap, columns, RowBounds.DEFAULT);
        this.resultSet = columns.getResultSet();
        this.reader = reader;
    }

    @Override
    public boolean isOpen() {
        return status == Status.OPEN;
    }

    @Override
    public boolean isConsumed() {
        return status == Status.CONSUMED;
    }

    @Override
    public int getCurrentIndex() {
        return index;
    }

    @Override
    public Iterator<T> iterator() {
        if (iteratorRetrieved) {
            throw new IllegalStateException("Cannot open more than one iterator on a Cursor");
        }
        if (isClosed()) {
            throw new IllegalStateException("A Cursor is already closed.");
        }
        iteratorRetrieved = true;
        return new Iterator<>() {
            private Object fetched = RowGraphReader.NO_MORE_RESULTS;

            @Override
            public boolean hasNext() {
                if (fetched == RowGraphReader.NO_MORE_RESULTS) {
                    fetched = fetch();
                }
                return fetched != RowGraphReader.NO_MORE_RESULTS;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Object next = fetched;
                fetched = RowGraphReader.NO_MORE_RESULTS;
                index++;
                return (T) next;
            }
        };
    }

    @Override
    public void close() {
        if (isClosed()) {
            return;
        }
        try {
            resultSet.close();
        } catch (SQLException e) {
            // closing is best effort, as in MyBatis's DefaultCursor
        } finally {
            status = Status.CLOSED;
        }
    }

    private Object fetch() {
        if (isClosed()) {
            return RowGraphReader.NO_MORE_RESULTS;
        }
        Object next;
        try {
            status = Status.OPEN;
            next = reader.next(resultSet);
        } catch (SQLException e) {
            throw new RuntimeException(e);
        }
        if (next == RowGraphReader.NO_MORE_RESULTS) {
            close();
            status = Status.CONSUMED;
        }
        return next;
    }

    private boolean isClosed() {
        return status == Status.CLOSED || status == Status.CONSUMED;
    }
}
