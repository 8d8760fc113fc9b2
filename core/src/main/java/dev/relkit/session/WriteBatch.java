package dev.relkit.session;

import dev.relkit.relation.EntityType;
import org.mybatis.dynamic.sql.SqlColumn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows waiting to be written together: consecutive inserts (or updates) of one table with the same
 * columns, which {@link Flush} writes as one multi-row {@code INSERT ... VALUES (...), (...) [RETURNING
 * id]} (or one {@code UPDATE ... SET c = CASE id WHEN ... END WHERE id IN (...)}) when a row of another
 * shape or another statement comes, when a later row needs one of their generated keys, when
 * {@link #full()}, and at the end of the writes (SQLAlchemy's "insertmanyvalues"). The flush orders
 * rows by type before it writes them (every order, then every order line), so a flush of many objects
 * of few types costs a few statements instead of one per row.
 */
final class WriteBatch {

    /** The most rows one statement writes. */
    static final int MAX_ROWS = 500;
    /** The most values one statement binds (well under MariaDB's 65,535 placeholders). */
    static final int MAX_VALUES = 30_000;

    private final int valuesPerCell;
    private EntityType<Object> table;
    private List<SqlColumn<?>> columns;
    private final List<Tracked> entries = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();
    private final Map<Object, Boolean> pending = new IdentityHashMap<>();

    /**
     * @param valuesPerCell the values a statement binds per row and column: 1 for an insert, 2 for an
     *                      update ({@code when key then value})
     */
    WriteBatch(int valuesPerCell) {
        this.valuesPerCell = valuesPerCell;
    }

    /** Whether {@code entity}'s row waits here (its generated key is not known yet). */
    boolean holds(Object entity) {
        return pending.containsKey(entity);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether a row of {@code table} with these columns can join the rows waiting. */
    boolean accepts(EntityType<Object> table, List<SqlColumn<?>> columns) {
        return entries.isEmpty() || this.table == table && this.columns.equals(columns);
    }

    /** Adds a row; the caller checked {@link #accepts}. */
    void add(Tracked entry, EntityType<Object> table, List<SqlColumn<?>> columns, List<Object> values) {
        if (!accepts(table, columns)) {
            throw new IllegalStateException("A " + table.name() + " row does not belong to a batch of " + this.table.name() + " rows");
        }
        this.table = table;
        this.columns = columns;
        entries.add(entry);
        rows.add(values);
        pending.put(entry.entity, Boolean.TRUE);
    }

    /** Whether the next row would pass {@link #MAX_ROWS} or {@link #MAX_VALUES}. */
    boolean full() {
        return rows.size() >= MAX_ROWS || (rows.size() + 1) * (columns.size() * valuesPerCell + 1) > MAX_VALUES;
    }

    EntityType<Object> table() {
        return table;
    }

    List<SqlColumn<?>> columns() {
        return columns;
    }

    List<Tracked> entries() {
        return entries;
    }

    List<List<Object>> rows() {
        return rows;
    }

    /** Forgets the rows, once written. */
    void clear() {
        entries.clear();
        rows.clear();
        pending.clear();
        table = null;
        columns = null;
    }
}
