package dev.relkit.unique;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import dev.relkit.session.RelkitSession;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Get-or-create by a unique attribute other than the primary key, the counterpart of Advanced
 * Alchemy's {@code UniqueMixin}: the object of the row whose unique column holds a value, created
 * when there is none, and correct when several transactions ask for the same missing value at once.
 *
 * <pre>{@code
 * GetOrCreate<Tag, String> tagsBySlug = GetOrCreate.on(TAG, tag.slug);
 * Tag tag = tagsBySlug.get(unit, Slugify.slug(name), slug -> new Tag(name, slug));
 * post.getTags().add(tag);
 * }</pre>
 *
 * <p>Any entity with a unique column works: the declaration is the {@link EntityType} and the
 * column, nothing is written per entity.
 *
 * <p><b>Steps</b>, all in the unit's transaction:
 * <ol>
 *   <li>the unit's own objects: a tracked object (new ones included) with that value is returned, no
 *       SQL — within a unit one value is one object, so two posts tagged "orm" share one {@code Tag};</li>
 *   <li>{@code select ... where slug = ?}: a found row is attached to the unit and returned (1 statement);</li>
 *   <li>otherwise the creator's object is inserted at once ({@link RelkitSession#insertNow}), so its
 *       row holds the unique value for this transaction (2 statements in all);</li>
 *   <li>if that insert fails with a duplicate key, another transaction committed the value in between:
 *       the row is read again with {@code lock in share mode} and returned (3 statements). The failure
 *       does not reach the caller.</li>
 * </ol>
 *
 * <p><b>Why catch the duplicate key</b> rather than MariaDB's {@code INSERT ... ON DUPLICATE KEY
 * UPDATE id = LAST_INSERT_ID(id)} or {@code INSERT IGNORE}: the plain insert tells for certain
 * whether this transaction created the row (the unit must know, to make the object new again if the
 * transaction rolls back), while the affected-row count of {@code ON DUPLICATE KEY UPDATE} is 1 for
 * both outcomes under the driver's default {@code useAffectedRows=false}; {@code IGNORE} would
 * also turn other errors (a value too long, a NOT NULL column) into warnings and write truncated
 * data. MariaDB undoes only the failed statement, so the transaction goes on; a database that aborts
 * the transaction on any error (PostgreSQL) would need a savepoint around the insert.
 *
 * <p><b>Isolation.</b> Under InnoDB's default REPEATABLE READ, the plain select of step 2 reads the
 * transaction's snapshot, taken at its first read: a row another transaction committed after that is
 * invisible to it, however often it is repeated — that is why step 4 must use a <em>locking</em> read,
 * which reads the latest committed row. The insert's duplicate check waits while another transaction
 * holds the same value uncommitted, and fails once it commits (or succeeds if it rolls back); the
 * shared lock it leaves on the existing row is what the locking read takes again, so no lock is
 * upgraded (an {@code ON DUPLICATE KEY UPDATE} or {@code select ... for update} here would upgrade it,
 * and two waiting transactions would deadlock each other). One case remains: when the transaction
 * that inserted a value rolls back while two others wait for it, both get the shared lock and both
 * insert, and InnoDB rolls one of them back as a deadlock victim. Under READ COMMITTED step 2 would
 * already see committed rows; the steps are the same.
 *
 * <p><b>Several values in one transaction</b>: an inserted value stays locked until the transaction
 * ends, so two transactions creating the same values in opposite orders could deadlock (MariaDB then
 * rolls one of them back and the error reaches its caller). {@link #getAll} takes the values in
 * their natural order, which rules such a cycle out; prefer it to a loop of {@link #get} over
 * values in arbitrary order. A deadlock or lock-wait timeout is not retried here: it has rolled back
 * the whole unit ({@link dev.relkit.session.TransactionRolledBackException}, every object of the
 * transaction restored), which only the application can redo; {@link dev.relkit.Relkit#inTransaction}
 * runs the whole unit again.
 *
 * <p><b>Which row is "the same value".</b> The column's collation decides, exactly as it decides for
 * the unique index that makes get-or-create correct: under a case- and accent-insensitive collation
 * (MariaDB's default {@code utf8mb4_general_ci} and friends) {@code "ORM"} finds the row holding
 * {@code "orm"} and {@code "é"} the row holding {@code "e"}, and that row is returned as it is stored,
 * because inserting {@code "ORM"} beside it would be a duplicate key anyway. Within the unit (step 1)
 * the comparison is Java's {@code equals}, so a value new in the unit is found only as it was given.
 * A column that must tell such values apart needs a binary or case-sensitive collation
 * ({@code utf8mb4_bin}); relkit does not second-guess the schema.
 *
 * @param <T> the entity
 * @param <K> the unique attribute's type
 */
public final class GetOrCreate<T, K> {

    /** MariaDB's and MySQL's {@code ER_DUP_ENTRY}. */
    private static final int DUPLICATE_ENTRY = 1062;
    /** The SQL standard's unique-violation state (PostgreSQL, H2); MariaDB reports 23000 for every integrity error. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final EntityType<T> type;
    private final Attribute<T, K> unique;

    private GetOrCreate(EntityType<T> type, Attribute<T, K> unique) {
        this.type = type;
        this.unique = unique;
    }

    /**
     * Get-or-create for the entity's attribute mapped to {@code uniqueColumn}, a column under a
     * {@code UNIQUE} constraint of its own.
     *
     * @throws IllegalArgumentException when the entity declares no attribute for the column
     */
    @SuppressWarnings("unchecked")
    public static <T, K> GetOrCreate<T, K> on(EntityType<T> type, SqlColumn<K> uniqueColumn) {
        Attribute<T, ?> attribute = type.attributeFor(uniqueColumn).orElseThrow(() -> new IllegalArgumentException(
                type.name() + " declares no attribute for " + uniqueColumn.name() + ": cannot get-or-create by it"));
        if (type.idAttributes().contains(attribute)) {
            throw new IllegalArgumentException(type.name() + "." + attribute.property()
                    + " is the primary key: use RelkitSession.get, not get-or-create");
        }
        return new GetOrCreate<>(type, (Attribute<T, K>) attribute);
    }

    /** The entity this get-or-create finds or inserts. */
    public EntityType<T> entityType() {
        return type;
    }

    /** The unique attribute looked up by. */
    public Attribute<T, K> attribute() {
        return unique;
    }

    /**
     * The unit's object whose unique attribute is {@code value}: already in the unit, else read, else
     * created by {@code creator} (which receives the value and must return a new object holding it)
     * and inserted at once. The object is tracked by the unit as persistent in every case.
     *
     * @throws IllegalArgumentException when the creator's object does not hold {@code value}
     */
    public T get(RelkitSession unit, K value, Function<? super K, ? extends T> creator) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(value, "value of " + qualifiedName());
        Objects.requireNonNull(creator, "creator");
        T known = unit.findTracked(type, unique, value);
        if (known != null) {
            return known;
        }
        T found = first(unit.query(type, select(columns()).from(type.table()).where(uniqueColumn(), isEqualTo(value))));
        if (found != null) {
            return found;
        }
        T created = creator.apply(value);
        if (created == null || !Objects.equals(unique.get(created), value)) {
            throw new IllegalArgumentException("The creator of " + qualifiedName() + " = '" + value + "' returned "
                    + created + ", which does not hold that value");
        }
        try {
            return unit.insertNow(type, created);
        } catch (RuntimeException failure) {
            if (!isDuplicateKey(failure)) {
                throw failure;
            }
            T winner = first(unit.query(type, lockingRead(value)));
            if (winner == null) {
                // the duplicate was on another unique key of the row: the caller's data is at fault
                throw failure;
            }
            return winner;
        }
    }

    /**
     * {@link #get} for several values, taken in their natural order whatever the order given, so that
     * transactions creating overlapping values lock them in one order and cannot deadlock each other.
     *
     * @return the objects by value, in the order of {@code values}
     */
    public Map<K, T> getAll(RelkitSession unit, Collection<? extends K> values, Function<? super K, ? extends T> creator) {
        Map<K, T> byValue = new LinkedHashMap<>();
        for (K value : new TreeSet<K>(values)) {
            byValue.put(value, get(unit, value, creator));
        }
        Map<K, T> inGivenOrder = new LinkedHashMap<>();
        for (K value : values) {
            inGivenOrder.put(value, byValue.get(value));
        }
        return inGivenOrder;
    }

    /** {@code select <columns> from <table> where <unique> = ? lock in share mode}: the latest committed row. */
    private SelectStatementProvider lockingRead(K value) {
        SelectStatementProvider plain = select(columns()).from(type.table()).where(uniqueColumn(), isEqualTo(value))
                .build().render(MYBATIS3);
        String sql = plain.getSelectStatement() + " lock in share mode";
        Map<String, Object> parameters = plain.getParameters();
        return new SelectStatementProvider() {
            @Override
            public Map<String, Object> getParameters() {
                return parameters;
            }

            @Override
            public String getSelectStatement() {
                return sql;
            }
        };
    }

    private List<BasicColumn> columns() {
        List<BasicColumn> columns = new ArrayList<>();
        for (Attribute<T, ?> attribute : type.attributes()) {
            columns.add(attribute.column());
        }
        return columns;
    }

    private SqlColumn<K> uniqueColumn() {
        return unique.column();
    }

    private String qualifiedName() {
        return type.name() + "." + unique.property();
    }

    private static <T> T first(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == DUPLICATE_ENTRY || UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
