package dev.relkit.resultmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.ibatis.cursor.Cursor;

/**
 * A MyBatis {@link Cursor} over a compiled resultMap: the objects {@link RowGraphReader#next} hands
 * out one at a time, with {@code DefaultCursor}'s contract (one iterator, closed when consumed or
 * closed, the index of the last object returned).
 */
final class CompiledCursor<T> implements Cursor<T> {

    private enum Status {
        CREATED, OPEN, CLOSED, CONSUMED
    }

    private final ResultSet resultSet;
    private final RowGraphReader reader;
    private Status status = Status.CREATED;
    private boolean iteratorRetrieved;
    private int index = -1;

    CompiledCursor(ResultSet resultSet, RowGraphReader reader) {
        this.resultSet = resultSet;
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
