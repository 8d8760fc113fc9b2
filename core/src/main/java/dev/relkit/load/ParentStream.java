package dev.relkit.load;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.IdentityMap;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.util.Buildable;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.mybatis.dynamic.sql.SqlBuilder.and;
import static org.mybatis.dynamic.sql.SqlBuilder.group;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThan;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Parents of one entity read in chunks, each chunk with its relationships loaded by a plan, from
 * {@link RelationshipLoader#stream}: SQLAlchemy's {@code yield_per} with {@code selectinload}, for
 * results too large to hold at once.
 *
 * <pre>{@code
 * try (ParentStream<Post> posts = relkit.loader(session).stream(POST, null,
 *         LoadPlan.of(selectIn(POST_COMMENTS)), 500)) {
 *     posts.stream().forEach(exporter::write);       // or: while (posts.hasNext()) { List<Post> chunk = posts.next(); ... }
 * }
 * }</pre>
 *
 * <p><b>What a chunk costs.</b> One statement for the parents, by key order after the last key of the
 * previous chunk ({@code select ... from post where id > ? [and filter] order by id limit ?}: keyset
 * pagination, so a chunk costs the same at the end of the table as at its start), then the plan's
 * statements for those parents only: one per select-in (or subquery) option and level, since a chunk
 * never has more keys than the chunk size when that is at most the loader's chunk size. A chunk shorter
 * than the chunk size is the last; when the rows divide evenly, one more parents statement finds none.
 *
 * <p><b>Identity.</b> Each chunk has an identity map of its own, dropped when the next chunk is read:
 * within a chunk a row is one object (the same author under every post of the chunk) and inverses are
 * set as usual; across chunks the same row is a different object. The stream keeps nothing of an earlier
 * chunk, so memory holds one chunk's graph plus whatever the caller keeps ({@link #identityMapSize()}
 * tells how many objects the current chunk's map holds). For the same reason the loader clears the
 * session's MyBatis local cache before each chunk: it would otherwise keep every chunk's rows (and answer
 * a repeated select-in, a chunk's authors, with the previous chunk's objects) until the session ends. The objects are not tracked by a unit of
 * work, even when the loader is a session's.
 *
 * <p><b>Session and closing.</b> No JDBC cursor is held between chunks (MariaDB Connector/J reads a
 * streaming result set to its end before the connection runs another statement, so a cursor over the
 * parents and the select-in statements of their children cannot share a connection): each chunk is
 * ordinary statements on the loader's {@code SqlSession}, which must stay open while the stream is read,
 * and also later for lazy stand-ins the plan installs. Other statements may run on the session between
 * chunks. {@link #close()} ends the stream (a later {@link #next()} fails); it does not close the
 * session. Chunks are separate statements: inside one transaction under InnoDB's REPEATABLE READ they
 * read one snapshot; in auto-commit mode rows written meanwhile may or may not appear, but keyset order
 * never returns a row twice.
 *
 * <p>The entity needs a single-column key (the keyset); its XML resultMap maps the rows, as for
 * {@link RelationshipLoader#query}. A stream is for one thread.
 *
 * @param <P> the parents' type
 */
public final class ParentStream<P> implements Iterator<List<P>>, AutoCloseable {

    private final EntityType<P> type;
    private final SqlCriterion filter;
    private final int chunkSize;
    private final BiFunction<Buildable<SelectModel>, IdentityMap, List<P>> loadChunk;
    private final Attribute<P, ?> key;
    private Object lastKey;
    private List<P> pending;
    private boolean exhausted;
    private boolean closed;
    private IdentityMap current = new IdentityMap();

    ParentStream(EntityType<P> type, SqlCriterion filter, int chunkSize,
                 BiFunction<Buildable<SelectModel>, IdentityMap, List<P>> loadChunk) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
        }
        if (type.idAttributes().size() != 1) {
            throw new UnsupportedOperationException("Streaming " + type.name() + ": chunks are read in key order after the"
                    + " last key, which needs a single-column key; " + type.name() + " has " + type.idAttributes().size());
        }
        this.type = type;
        this.filter = filter;
        this.chunkSize = chunkSize;
        this.loadChunk = Objects.requireNonNull(loadChunk, "loadChunk");
        this.key = type.idAttributes().get(0);
    }

    /** Whether another chunk has parents; reads that chunk (its statements run now) when it is not read yet. */
    @Override
    public boolean hasNext() {
        requireOpen();
        if (pending == null && !exhausted) {
            pending = readChunk();
            if (pending.isEmpty()) {
                exhausted = true;
                pending = null;
            }
        }
        return pending != null;
    }

    /**
     * The next chunk's parents, in key order, with the plan applied; at most the chunk size.
     *
     * @throws NoSuchElementException when there are no more parents
     * @throws IllegalStateException when the stream is closed
     */
    @Override
    public List<P> next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more " + type.name() + " chunks");
        }
        List<P> chunk = pending;
        pending = null;
        if (chunk.size() < chunkSize) {
            exhausted = true; // a short chunk is the last: no statement to learn that
        }
        return chunk;
    }

    /** The parents one by one, read chunk by chunk as the stream is consumed; closing it closes this. */
    public Stream<P> stream() {
        Iterator<List<P>> chunks = this;
        Spliterator<List<P>> split = Spliterators.spliteratorUnknownSize(chunks, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false).flatMap(List::stream).onClose(this::close);
    }

    /** How many objects the identity map of the chunk read last holds (parents and what the plan loaded). */
    public int identityMapSize() {
        return current.size();
    }

    /** Ends the stream; the session stays open. */
    @Override
    public void close() {
        closed = true;
        pending = null;
    }

    private List<P> readChunk() {
        current = new IdentityMap(); // the previous chunk's objects are no longer held by the stream
        List<BasicColumn> columns = new ArrayList<>();
        for (Attribute<P, ?> attribute : type.attributes()) {
            columns.add(attribute.column());
        }
        @SuppressWarnings("unchecked")
        SqlColumn<Object> keyColumn = (SqlColumn<Object>) key.column();
        var from = select(columns).from(type.table());
        Buildable<SelectModel> query;
        if (lastKey == null) {
            query = filter == null ? from.orderBy(keyColumn).limit(chunkSize)
                    : from.where(filter).orderBy(keyColumn).limit(chunkSize);
        } else {
            query = filter == null ? from.where(keyColumn, isGreaterThan(lastKey)).orderBy(keyColumn).limit(chunkSize)
                    : from.where(group(keyColumn, isGreaterThan(lastKey)), and(filter)).orderBy(keyColumn).limit(chunkSize);
        }
        List<P> chunk = loadChunk.apply(query, current);
        if (!chunk.isEmpty()) {
            lastKey = key.get(chunk.get(chunk.size() - 1));
        }
        return chunk;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the " + type.name() + " stream is closed");
        }
    }
}
