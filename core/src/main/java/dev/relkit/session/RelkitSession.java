package dev.relkit.session;

import dev.relkit.Relkit;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityKey;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.IdentityMap;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Polymorphism;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.BackReferences;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.LoadState;
import dev.relkit.load.RelationshipLoader;
import org.apache.ibatis.session.SqlSession;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.Buildable;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * relkit's unit of work, the counterpart of SQLAlchemy's {@code Session}: one MyBatis
 * {@link SqlSession} (and its transaction), an identity map, and the pending changes of the objects
 * it tracks, written by {@link #flush()} in the order the relationship declarations demand.
 *
 * <pre>{@code
 * RelkitSession unit = relkit.session(sqlSession);    // relkit = Relkit.bind(configuration, metamodel) at start-up
 * Team preventers = new Team("Preventers", "Sharp Tower");          // no id yet
 * Hero deadpond = new Hero("Deadpond", "Dive Wilson", null);
 * deadpond.setWinterTeam(preventers);
 * unit.add(deadpond);                                               // the team follows by save-update cascade
 * unit.commit();    // insert team, then hero with winter_team_id = the team's generated id; commit
 * }</pre>
 *
 * <p><b>Identity.</b> Within a session one row is one Java object: {@link #get} returns the tracked
 * object when its key is known and otherwise loads the row with a generated select-by-id mapped by
 * the entity's XML resultMap; {@link #attach} and {@link #query} put objects loaded by the
 * application's own statements under the same rule (the object already tracked wins).
 *
 * <p><b>Changes.</b> Every tracked object keeps a snapshot of its attribute values and of the
 * targets its relationships hold, taken when it was loaded and after each flush. A flush writes the
 * difference only: an {@code UPDATE} of the changed columns, nothing for an unchanged object, so
 * flushing twice writes nothing the second time. Relationship values still deferred by a loader
 * (lazy, raise) are neither walked nor compared.
 *
 * <p><b>Entities</b> are those of the metamodel's relationships (owners and targets), plus any given
 * to the constructor. The session is not thread-safe, like the {@code SqlSession} it wraps.
 */
public final class RelkitSession implements AutoCloseable {

    private final Relkit relkit;
    private final SqlSession sqlSession;
    private final Metamodel metamodel;
    private final Map<Class<?>, EntityType<Object>> entityTypes = new LinkedHashMap<>();
    private final WriteStatements statements;
    private final Map<Object, Tracked> tracked = new IdentityHashMap<>();
    private final IdentityMap identityMap = new IdentityMap(new Tracking());
    /** The journal of the flush running now: objects its loads bring in leave the session again if it fails. */
    private TransactionJournal flushJournal;
    private final List<Relationship<Object, Object>> unlinkedTargetRules = new ArrayList<>();
    private final Map<Class<?>, Polymorphism<Object>> hierarchies = new HashMap<>();
    private long nextSequence;
    private TransactionJournal journal;
    /** Why the session refuses use: the database lost its transaction; cleared by {@link #rollback()}. */
    private String unusable;
    private Clock clock = Clock.systemDefaultZone();

    /**
     * A session over {@code sqlSession} (opened with auto-commit off) managing the relationships
     * {@code relkit} binds; applications get one from {@link Relkit#session(SqlSession)}.
     *
     * @param extraTypes entities that take part in no relationship of the metamodel
     */
    public RelkitSession(Relkit relkit, SqlSession sqlSession, EntityType<?>... extraTypes) {
        this.relkit = Objects.requireNonNull(relkit, "relkit");
        this.sqlSession = Objects.requireNonNull(sqlSession, "sqlSession");
        this.metamodel = relkit.metamodel();
        this.statements = new WriteStatements(relkit.generatedStatements(), sqlSession);
        requireTransaction(sqlSession);
        for (Relationship<?, ?> relationship : metamodel.relationships()) {
            addType(relationship.owner());
            addType(relationship.target());
        }
        for (EntityType<?> type : extraTypes) {
            addType(type);
        }
    }

    /**
     * A unit of work writes several statements that must stand or fall together; on an auto-commit
     * session each would commit alone, and a failed flush would leave part of the unit committed.
     */
    private static void requireTransaction(SqlSession sqlSession) {
        boolean autoCommit;
        try {
            autoCommit = sqlSession.getConnection().getAutoCommit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not read the auto-commit mode of the session's connection: " + e.getMessage(), e);
        }
        if (autoCommit) {
            throw new IllegalArgumentException("A RelkitSession needs a SqlSession with auto-commit off"
                    + " (factory.openSession() or openSession(false), or a Spring-managed transaction): on an auto-commit"
                    + " session every statement of a flush commits alone, so a failure would leave part of the unit committed");
        }
    }

    @SuppressWarnings("unchecked")
    private void addType(EntityType<?> type) {
        entityTypes.putIfAbsent(type.javaType(), (EntityType<Object>) type);
    }

    /** The MyBatis session this unit of work writes through, for the application's own mappers. */
    public SqlSession sqlSession() {
        return sqlSession;
    }

    /** The relationships this session cascades, back-populates and writes: its binding's metamodel. */
    public Metamodel metamodel() {
        return metamodel;
    }

    /** The binding this session belongs to. */
    public Relkit relkit() {
        return relkit;
    }

    /**
     * Writes objects of a joined-table hierarchy polymorphically: an object of a declared subtype
     * ({@code Engineer}) is one object of the base entity ({@code Person}, one identity-map key) whose
     * row spans two tables. Its insert writes the base row (the discriminator set to the subtype's
     * identity when the object has none) and then the subtype row with the generated key copied through
     * the subtype's join; an update writes each table whose columns changed; a delete removes the
     * subtype row, then the base row. {@link #get} on the base entity (or a subtype's) outer-joins the
     * subtype tables, so the object comes back as its subtype with every column. One level of
     * subtypes is supported. Call before any object of the hierarchy joins the session.
     *
     * @return this session
     */
    @SuppressWarnings("unchecked")
    public RelkitSession polymorphic(Polymorphism<?> hierarchy) {
        Polymorphism<Object> declared = (Polymorphism<Object>) Objects.requireNonNull(hierarchy, "hierarchy");
        addType(declared.target());
        hierarchies.put(declared.target().javaType(), declared);
        for (Polymorphism.Subtype<Object, ?> subtype : declared.subtypes()) {
            // a subtype is tracked as its base entity: one identity per row of the hierarchy
            entityTypes.remove(subtype.entity().javaType());
        }
        return this;
    }

    /**
     * The clock that audit columns ({@link EntityType#auditColumns()}) are stamped from; the system
     * clock unless a test fixes it. Values are truncated to whole seconds, the precision of a
     * {@code DATETIME} column, so that the object holds what the row holds.
     *
     * @return this session
     */
    public RelkitSession clock(Clock auditClock) {
        this.clock = Objects.requireNonNull(auditClock, "clock");
        return this;
    }

    /** Now, by the session's clock, at {@code DATETIME} precision (whole seconds). */
    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    // ---- identity map ----

    /**
     * The object of the row with this key: the one already in the session, else loaded with one
     * generated select (mapped by the entity's XML resultMap) and tracked; null when no row has it.
     *
     * @param key the key values in key-attribute order
     */
    public <T> T get(EntityType<T> type, Object... key) {
        requireUsable();
        EntityType<Object> stored = sessionType(type);
        if (key.length != stored.idAttributes().size()) {
            throw new IllegalArgumentException(type.name() + " has a key of " + stored.idAttributes().size()
                    + " value(s), but " + key.length + " were given");
        }
        for (int i = 0; i < key.length; i++) {
            requireKeyType(stored, stored.idAttributes().get(i), key[i]);
        }
        EntityKey entityKey = IdentityMap.key(stored.javaType(), List.of(key));
        Object known = identityMap.get(entityKey);
        if (known == null) {
            Object loaded = statements.selectById(stored, entityKey.values(), hierarchies.get(stored.javaType()));
            known = loaded == null ? null : attach(stored, loaded);
        }
        if (known != null && !type.javaType().isInstance(known)) {
            throw new IllegalArgumentException(type.name() + " " + key[0] + ": the row is a "
                    + known.getClass().getSimpleName() + ", not a " + type.name());
        }
        return type.javaType().cast(known);
    }

    /**
     * Refuses a key value the key column cannot hold as it is ({@code get(TEAM, "2 OR 1=1")}): the value
     * would be bound safely, but MariaDB would convert it and find the row of another value.
     */
    private static void requireKeyType(EntityType<?> type, Attribute<?, ?> id, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(type.name() + "." + id.property() + ": a key value cannot be null");
        }
        Class<?> declared = id.column().javaType().orElse(null);
        boolean numericColumn = id.column().jdbcType().map(RelkitSession::isNumeric).orElse(false);
        boolean fits = declared != null
                ? declared.isInstance(value) || value instanceof Number && Number.class.isAssignableFrom(declared)
                : !numericColumn || value instanceof Number;
        if (!fits) {
            throw new IllegalArgumentException(type.name() + "." + id.property() + " (column " + id.columnName() + ", "
                    + (declared != null ? declared.getSimpleName() : id.column().jdbcType().orElseThrow())
                    + "): the key value " + value.getClass().getSimpleName() + " '" + value + "' is not of the column's type");
        }
    }

    private static boolean isNumeric(java.sql.JDBCType type) {
        return switch (type) {
            case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, NUMERIC, FLOAT, REAL, DOUBLE, BIT -> true;
            default -> false;
        };
    }

    /**
     * The session's object of {@code type} whose attribute holds {@code value} (a unique key other than
     * the primary key, such as {@code Tag.slug}), among the objects the session tracks and has not
     * deleted, new ones included; null when there is none. Runs no SQL.
     */
    public <T, V> T findTracked(EntityType<T> type, Attribute<T, V> attribute, V value) {
        requireKnown(type);
        Object wanted = normalizedValue(value);
        for (Tracked entry : entriesInOrder()) {
            if (entry.state != EntityState.DELETED && type.javaType().isInstance(entry.entity)
                    && Objects.equals(normalizedValue(attribute.get(type.javaType().cast(entry.entity))), wanted)) {
                return type.javaType().cast(entry.entity);
            }
        }
        return null;
    }

    /**
     * Inserts a new object's row now, in the session's transaction and outside a flush (for
     * get-or-create, which must know at once whether the row could be written), and tracks the object
     * as persistent. Foreign keys are not copied before the insert: the row must not need an unsaved
     * object. What the object refers to (a many-to-one, link rows of a many-to-many) is written by the
     * next flush, as a change to a persistent object. Audit and polymorphic columns are written as a
     * flush writes them.
     *
     * <p>On success the insert belongs to the transaction like a flushed one: a later rollback makes the
     * object NEW again without its generated id (see {@link #flush()}). On failure nothing changes in the
     * session: the object is not tracked, the values relkit set are put back, and the statement's
     * exception is thrown as it came, so that the caller can tell a duplicate key from other errors.
     * The transaction is not rolled back (MariaDB undoes the failed statement only): earlier work of
     * the transaction is still written and uncommitted.
     *
     * <p>When the failure took the whole transaction with it (a deadlock, a lock wait timeout, a broken
     * connection: {@link DatabaseFailure}), every object the transaction touched is restored as
     * {@link #rollback()} restores it and a {@link TransactionRolledBackException} is thrown; the
     * session then refuses further use until {@link #rollback()}.
     *
     * @throws IllegalArgumentException when the object is already in the session
     */
    public <T> T insertNow(EntityType<T> type, T entity) {
        requireUsable();
        requireKnown(type);
        if (tracked.containsKey(Objects.requireNonNull(entity, "entity"))) {
            throw new IllegalArgumentException(type.name() + " " + keyOrNew(entity) + " is already in this session");
        }
        Tracked entry = newEntry(entity, EntityState.NEW);
        TransactionJournal attempt = new TransactionJournal();
        try {
            new Flush(this, attempt).insertOne(entry);
        } catch (RuntimeException failure) {
            attempt.restoreValues();
            DatabaseFailure scope = DatabaseFailure.of(failure);
            if (scope.lostTheTransaction()) {
                throw transactionLost("insert of " + type.name() + " " + keyOrNew(entity), scope, failure);
            }
            throw failure;
        }
        if (journal == null) {
            journal = new TransactionJournal();
        }
        journal.rememberEntry(entity, entry);
        journal.absorbValues(attempt);
        entry.state = EntityState.PERSISTENT;
        entry.key = keyOf(entry.type, entity);
        takeSnapshot(entry);
        for (Relationship<Object, Object> relationship : relationshipsOf(entry.type)) {
            // the row holds none of them yet: what the object refers to is written by the next flush
            entry.targets.put(relationship, List.of());
        }
        tracked.put(entity, entry);
        identityMap.put(entry.key, entity);
        cascadeSaveUpdate(List.of(entry), journal);
        return entity;
    }

    /**
     * Tracks an object loaded by the application's own statement as persistent (its values are
     * taken as the row's) and returns the session's object for its row: the one already tracked
     * for that key if there is one, else {@code loaded} itself.
     *
     * @throws IllegalArgumentException when the object has no key
     */
    public <T> T attach(EntityType<T> type, T loaded) {
        requireUsable();
        EntityType<Object> stored = sessionType(type);
        Tracked existing = tracked.get(loaded);
        if (existing != null) {
            return loaded;
        }
        EntityKey key = keyOf(stored, loaded);
        if (key == null) {
            throw new IllegalArgumentException("Cannot attach a " + type.name()
                    + " without a key as persistent: add() it to insert it");
        }
        Object known = identityMap.get(key);
        if (known != null) {
            return type.javaType().cast(known);
        }
        Tracked entry = newEntry(loaded, EntityState.PERSISTENT);
        entry.key = key;
        takeSnapshot(entry);
        tracked.put(loaded, entry);
        identityMap.put(key, loaded);
        return loaded;
    }

    /** {@link #attach} for each object of a list; returns the session's objects in the same order. */
    public <T> List<T> attachAll(EntityType<T> type, List<T> loaded) {
        List<T> canonical = new ArrayList<>(loaded.size());
        for (T object : loaded) {
            canonical.add(attach(type, object));
        }
        return canonical;
    }

    /**
     * Runs a mybatis-dynamic-sql select of the entity's own columns (mapped by its XML resultMap)
     * and attaches the rows: objects already in the session are returned instead of new copies.
     */
    public <T> List<T> query(EntityType<T> type, Buildable<SelectModel> select) {
        return query(type, select.build().render(MYBATIS3));
    }

    /**
     * {@link #query(EntityType, Buildable)} for a select already rendered, e.g. one the caller
     * completed with a locking clause mybatis-dynamic-sql does not render ({@code lock in share mode}).
     */
    public <T> List<T> query(EntityType<T> type, SelectStatementProvider rendered) {
        requireUsable();
        requireKnown(type);
        List<T> rows = statements.selectList(type, rendered);
        return attachAll(type, rows);
    }

    /**
     * Applies a loader plan ({@link RelationshipLoader}) to parents through this session's identity map
     * ({@link #loader()}): the parents are attached, every row the plan's relationships reach is the
     * session's object for it (tracked as persistent when it is new to the session), inverses are set,
     * and each relationship's snapshot is what was loaded, so that later changes to those collections
     * are what the next flush writes.
     *
     * @return the session's objects for the parents, in order
     */
    public <P> List<P> load(EntityType<P> type, List<P> parents, LoadPlan plan) {
        requireUsable();
        List<P> canonical = attachAll(type, parents);
        boolean same = true;
        for (int i = 0; i < canonical.size() && same; i++) {
            same = canonical.get(i) == parents.get(i);
        }
        // the parents' own list, when nothing was replaced, tells the loader which statement mapped them
        loader().load(same ? parents : canonical, plan);
        return canonical;
    }

    /**
     * A loader ({@link RelationshipLoader}) that resolves every row through this session's identity map:
     * what it loads, then and later through lazy stand-ins, is tracked as persistent, each row one
     * object, and the relationships it fills are the snapshot the next flush compares with.
     */
    public RelationshipLoader loader() {
        return relkit.loader(sqlSession).sharing(identityMap);
    }

    /** The session's object for a key, without loading; null when it is not in the identity map. */
    public <T> T identity(EntityType<T> type, Object... key) {
        Object known = identityMap.get(IdentityMap.key(type.javaType(), List.of(key)));
        return known == null ? null : type.javaType().cast(known);
    }

    /**
     * Tracks what loaders put into the identity map, as {@link #attach} does, and takes what they load
     * as the snapshot of a relationship, so that the loaded state is what the next flush compares with.
     */
    private final class Tracking implements IdentityMap.Listener {
        @Override
        public void entered(EntityType<?> type, Object entity) {
            if (tracked.containsKey(entity)) {
                return;
            }
            Tracked entry = newEntry(entity, EntityState.PERSISTENT);
            entry.key = keyOf(entry.type, entity);
            takeSnapshot(entry);
            tracked.put(entity, entry);
            if (entry.key != null && identityMap.get(entry.key) == null) {
                identityMap.put(entry.key, entity); // a subtype entity is tracked under its base entity's key
            }
            if (flushJournal != null) {
                flushJournal.rememberEntry(entity, null);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public void loaded(Relationship<?, ?> relationship, Object owner, Collection<?> targets) {
            Tracked entry = tracked.get(owner);
            if (entry == null || entry.state == EntityState.NEW || entry.targets == null) {
                return;
            }
            entry.targets.put((Relationship<Object, Object>) relationship, new ArrayList<>(targets));
        }
    }

    /**
     * Back-populates ({@link BackReferences}) for this session's metamodel that also find a parent held
     * only by foreign key in this session's identity map: moving an employee loaded through
     * {@code Department.employees} (which leaves {@code Employee.department} unset) to another
     * department takes it out of the old department's collection too.
     */
    public BackReferences backReferences() {
        return new BackReferences(metamodel, (type, key) -> identity(type, key.toArray()));
    }

    // ---- changes ----

    /**
     * Adds an object: a new one (no key, or a key the application assigned to a new row) is inserted
     * by the next flush; save-update cascades bring in what it refers to, now and again at each flush
     * (for references set later). Adding a tracked object does nothing, and adding a deleted one
     * cancels the deletion.
     */
    public void add(Object entity) {
        requireUsable();
        Tracked entry = tracked.get(Objects.requireNonNull(entity, "entity"));
        if (entry != null) {
            if (entry.state == EntityState.DELETED) {
                entry.state = EntityState.PERSISTENT;
                if (journal != null) {
                    journal.deletedByApplication(entity, false);
                }
            }
            return;
        }
        typeOf(entity);
        Tracked added = newEntry(entity, EntityState.NEW);
        tracked.put(entity, added);
        cascadeSaveUpdate(List.of(added), null); // like the added object, journaled by the next flush
    }

    /** {@link #add} for each object. */
    public void addAll(Collection<?> entities) {
        entities.forEach(this::add);
    }

    /**
     * Marks an object for deletion by the next flush; delete cascades follow from it. Deleting a new
     * object only takes it out of the session.
     *
     * @throws IllegalArgumentException when the object is not in the session
     */
    public void delete(Object entity) {
        requireUsable();
        Tracked entry = tracked.get(Objects.requireNonNull(entity, "entity"));
        if (entry == null) {
            throw new IllegalArgumentException("Cannot delete " + typeOf(entity).name() + " " + keyOrNew(entity)
                    + ": it is not in this session (get() or attach() it first)");
        }
        if (entry.state == EntityState.NEW) {
            tracked.remove(entity);
        } else {
            entry.state = EntityState.DELETED;
        }
        if (journal != null) {
            journal.deletedByApplication(entity, true);
        }
    }

    /**
     * From now on, each flush also deletes the target of {@code associationToTarget} whose last
     * association object it deletes: removing "Pride and Prejudice" from Jane Austen's books deletes the
     * {@code book_author} row (delete-orphan on {@code Author.bookLinks}) and then the book, which no
     * link names any more. A book that still has another link, or never had one, stays.
     *
     * <p>SQLAlchemy has no cascade for this: {@code delete} on {@code BookAuthorLink.book} would delete
     * a book its other authors still link to, and {@code single_parent=True} forbids those books. Its
     * documented answer is the "many-to-many orphan" recipe, a session event that deletes what is left
     * unreferenced after a flush; this is that recipe, limited to the targets the flush unlinked. The
     * remaining links are read with one statement per rule and flush, and the deleted targets cascade
     * further like any deleted object.
     *
     * @param associationToTarget the association object's many-to-one to the target ({@code LINK_BOOK}),
     *                            a relationship of this session's metamodel with a single-column join
     * @throws IllegalArgumentException when the relationship does not fit, naming it
     */
    @SuppressWarnings("unchecked")
    public void deleteTargetsLeftUnlinked(Relationship<?, ?> associationToTarget) {
        Objects.requireNonNull(associationToTarget, "associationToTarget");
        if (!metamodel.relationships().contains(associationToTarget)) {
            throw new IllegalArgumentException(associationToTarget.qualifiedName() + " is not a relationship of this session's metamodel");
        }
        if (associationToTarget.kind() != dev.relkit.relation.RelationshipKind.MANY_TO_ONE
                || associationToTarget.ownerJoin().size() != 1 || associationToTarget.viewOnly()) {
            throw new IllegalArgumentException("Targets left unlinked are found through a writable many-to-one with a"
                    + " single-column join, but " + associationToTarget.qualifiedName() + " is a "
                    + (associationToTarget.viewOnly() ? "view-only " : "") + associationToTarget.kind() + " on "
                    + associationToTarget.ownerJoin().size() + " column(s)");
        }
        if (!unlinkedTargetRules.contains(associationToTarget)) {
            unlinkedTargetRules.add((Relationship<Object, Object>) associationToTarget);
        }
    }

    /** Where the object stands in this session. */
    public EntityState state(Object entity) {
        Tracked entry = tracked.get(entity);
        return entry == null ? EntityState.DETACHED : entry.state;
    }

    /**
     * Whether the session tracks this very object (by identity, not {@code equals}): true while it is
     * NEW, PERSISTENT or DELETED, false once {@link #state} would say DETACHED.
     */
    public boolean contains(Object entity) {
        return tracked.containsKey(entity);
    }

    // ---- flush and transaction ----

    /**
     * Writes every pending change, in one pass:
     * <ol>
     *   <li>save-update cascades: objects reachable from tracked objects through relationships
     *       cascading {@code SAVE_UPDATE} join the session (NEW without a key, else PERSISTENT);</li>
     *   <li>changes to view-only relationships are rejected ({@link ViewOnlyChangeException});</li>
     *   <li>delete cascades: targets of a deleted object's {@code DELETE} relationships (collections are
     *       read from the database, one select-in statement per relationship) are deleted, and
     *       targets removed from a {@code DELETE_ORPHAN} collection are deleted;</li>
     *   <li>inserts and updates, dependencies first: a many-to-one target before its owner, a one-to-many
     *       owner before its children. Just before a row is written, the keys of the objects it refers to
     *       are copied into its foreign-key attributes through the declared join columns; a generated id
     *       is read back into the id attribute. A persistent object is updated only in the columns that
     *       differ from its snapshot;</li>
     *   <li>many-to-many link rows: deleted for targets that left a collection (or all rows of a deleted
     *       object), then inserted for targets that joined one;</li>
     *   <li>deletes, dependents before the rows they refer to.</li>
     * </ol>
     * Entities that declare audit columns ({@link EntityType#auditColumns()}) get {@code created} on
     * insert (when null) and {@code updated} with every {@code UPDATE}, from {@link #clock(Clock)}. Objects
     * of a hierarchy declared with {@link #polymorphic} are written to the base and the subtype table.
     * A child that left a keyed-map delete-orphan collection because another object was put under its
     * key is deleted before the inserts (with what its deletion cascades to), so that the replacement
     * does not collide with it on a unique key.
     *
     * Afterwards inserted objects are PERSISTENT, deleted ones leave the session, and every snapshot is
     * taken again.
     *
     * <p><b>Failure contract.</b> When anything in a flush throws, the transaction is rolled back (the
     * database is back to where it was when the transaction began) and the session restores every
     * object to the same point: objects inserted by this transaction's flushes are NEW again and lose
     * their generated ids, objects it deleted are DELETED again, foreign keys relkit copied get their
     * old values back, snapshots and the identity map are those of before the transaction's first
     * flush. Attribute changes the application made stay, and so do its {@code add} and
     * {@code delete} calls (an object it deleted after an earlier flush is DELETED again), so they are
     * pending again: correct the cause (a NOT NULL value, a duplicate key) and flush again, and the
     * whole unit is written. The exception is a {@link FlushException} naming the operation, entity and key.
     */
    public void flush() {
        if (journal == null) {
            journal = new TransactionJournal();
        }
        requireUsable();
        try {
            flushing(journal);
            new Flush(this, journal).run();
            flushing(null);
        } catch (RuntimeException failure) {
            flushing(null);
            String what = failure instanceof FlushException ? failure.getMessage() : "Flush failed: " + failure.getMessage();
            DatabaseFailure scope = DatabaseFailure.of(failure);
            if (scope.lostTheTransaction()) {
                throw transactionLost(what, scope, failure);
            }
            RuntimeException rollbackFailure = restoreAfterRollback();
            FlushException thrown = failure instanceof FlushException flushFailure ? flushFailure : new FlushException(what, failure);
            if (rollbackFailure != null) {
                thrown.addSuppressed(rollbackFailure);
            }
            thrown.outcome("transaction rolled back by relkit, session restored: every object is as it was before the"
                    + " transaction, the application's own changes are pending again");
            throw thrown;
        }
    }

    /**
     * Restores the session after the database lost the transaction and returns the exception that says
     * so; the session refuses further use until {@link #rollback()}.
     */
    private TransactionRolledBackException transactionLost(String what, DatabaseFailure scope, RuntimeException failure) {
        return transactionLost(what, scope, false, failure);
    }

    private TransactionRolledBackException transactionLost(String what, DatabaseFailure scope, boolean commitOutcomeUnknown,
                                                           RuntimeException failure) {
        // the rollback of a broken connection fails too (the pool closed it): that must not hide what happened
        RuntimeException rollbackFailure = restoreAfterRollback();
        unusable = what + ": the database " + (scope == DatabaseFailure.CONNECTION ? "connection broke" : "rolled the transaction back");
        String outcome = commitOutcomeUnknown
                ? "the connection broke during COMMIT, so whether the database committed is unknown; every object the"
                        + " transaction touched is restored to its state before it, and this session refuses further use"
                        + " until rollback(): read the data before running the unit of work again"
                : (scope == DatabaseFailure.CONNECTION
                        ? "the connection broke, so the transaction is lost"
                        : "the database rolled back the whole transaction")
                        + "; nothing this transaction wrote exists, every object it touched is restored to its state before"
                        + " it, and this session refuses further use until rollback(): run the whole unit of work again";
        TransactionRolledBackException lost = new TransactionRolledBackException(what + " (" + rootMessage(failure) + "): "
                + outcome, scope, commitOutcomeUnknown, failure);
        if (rollbackFailure != null) {
            lost.addSuppressed(rollbackFailure);
        }
        return lost;
    }

    /** The message of the innermost cause: the database's own words, without MyBatis's wrapping. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Refuses use after the database lost the transaction, until the caller acknowledges it with {@link #rollback()}. */
    private void requireUsable() {
        if (unusable != null) {
            throw new IllegalStateException("This unit of work's transaction is gone (" + unusable
                    + "); call rollback() and run the unit of work again");
        }
    }

    /** Flushes, then commits the transaction; the objects' states stay as the flush left them. */
    public void commit() {
        flush();
        try {
            sqlSession.commit(true);
        } catch (RuntimeException failure) {
            if (!DatabaseFailure.fromDatabase(failure)) {
                throw failure; // not the database's answer (a session that refuses to commit itself, say): nothing happened
            }
            DatabaseFailure scope = DatabaseFailure.of(failure);
            // with a broken connection, the outcome text says that whether the database committed is unknown
            throw transactionLost("COMMIT failed", scope == DatabaseFailure.STATEMENT ? DatabaseFailure.TRANSACTION : scope,
                    scope == DatabaseFailure.CONNECTION, failure);
        }
        journal = null;
    }

    /**
     * Rolls the transaction back and restores the objects as a failed flush does (see
     * {@link #flush()}): what the transaction inserted is NEW again, what it deleted is DELETED again.
     */
    public void rollback() {
        unusable = null;
        RuntimeException rollbackFailure = restoreAfterRollback();
        // a database error here means the transaction is gone with its connection: the objects are restored all the same
        if (rollbackFailure != null && !DatabaseFailure.fromDatabase(rollbackFailure)) {
            throw rollbackFailure;
        }
    }

    /** Closes the wrapped {@code SqlSession}, which rolls back an uncommitted transaction. */
    @Override
    public void close() {
        sqlSession.close();
    }

    /**
     * Rolls the transaction back and restores the objects; returns the rollback's own failure (a broken
     * connection cannot roll back) instead of throwing it, so that callers report the failure that
     * mattered. The objects are restored either way.
     */
    private RuntimeException restoreAfterRollback() {
        RuntimeException rollbackFailure = null;
        try {
            sqlSession.rollback(true);
        } catch (RuntimeException failure) {
            rollbackFailure = failure;
        } finally {
            TransactionJournal done = journal;
            journal = null;
            if (done != null) {
                done.priorEntries().forEach((entity, prior) -> {
                    if (prior == null) {
                        tracked.remove(entity);
                    } else {
                        tracked.put(entity, prior);
                    }
                });
                done.restoreValues();
                for (Object entity : done.deletedByApplication()) {
                    Tracked entry = tracked.get(entity);
                    if (entry != null && entry.state == EntityState.PERSISTENT) {
                        entry.state = EntityState.DELETED;
                    } else if (entry != null && entry.state == EntityState.NEW) {
                        tracked.remove(entity); // inserted and deleted within the rolled-back transaction
                    }
                }
                rebuildIdentityMap();
            }
        }
        return rollbackFailure;
    }

    // ---- package-private services for Flush ----

    Map<Object, Tracked> tracked() {
        return tracked;
    }

    WriteStatements statements() {
        return statements;
    }

    List<Relationship<Object, Object>> unlinkedTargetRules() {
        return unlinkedTargetRules;
    }

    /** The tracked entries in the order objects joined the session. */
    List<Tracked> entriesInOrder() {
        List<Tracked> entries = new ArrayList<>(tracked.values());
        entries.sort(Comparator.comparingLong(e -> e.sequence));
        return entries;
    }

    @SuppressWarnings("unchecked")
    List<Relationship<Object, Object>> relationshipsOf(EntityType<?> type) {
        List<Relationship<Object, Object>> owned = new ArrayList<>();
        for (Relationship<?, ?> relationship : metamodel.relationshipsOf(type.javaType())) {
            owned.add((Relationship<Object, Object>) relationship);
        }
        return owned;
    }

    /**
     * Brings into the session everything reachable from {@code roots} through relationships that
     * cascade save-update: NEW when it has no key, or when its key is assigned by the application (a
     * new association row); an object with a database-generated key already has a row, so it becomes
     * PERSISTENT with its current values as snapshot. New entries are journaled as absent.
     */
    void cascadeSaveUpdate(Collection<Tracked> roots, TransactionJournal journal) {
        Deque<Tracked> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            Tracked owner = work.poll();
            for (Relationship<Object, Object> relationship : relationshipsOf(owner.type)) {
                if (!relationship.cascades(Cascade.SAVE_UPDATE) || relationship.viewOnly()) {
                    continue;
                }
                List<Object> targets = currentTargets(relationship, owner.entity);
                for (Object target : targets == null ? List.of() : targets) {
                    if (!tracked.containsKey(target)) {
                        work.add(bringIn(target, relationship, owner, journal));
                    }
                }
            }
        }
    }

    private Tracked bringIn(Object target, Relationship<?, ?> relationship, Tracked owner, TransactionJournal journal) {
        EntityType<Object> type = typeOf(target);
        EntityKey key = keyOf(type, target);
        boolean persistent = key != null && type.generatedId();
        if (persistent && identityMap.get(key) != null && identityMap.get(key) != target) {
            throw new FlushException(relationship.qualifiedName() + " of " + owner.describe() + " holds a "
                    + type.name() + " with key " + key + " that is not the session's object for that row:"
                    + " use get(...) so that one row is one object");
        }
        Tracked entry = newEntry(target, persistent ? EntityState.PERSISTENT : EntityState.NEW);
        if (journal != null) {
            journal.rememberEntry(target, null);
        }
        tracked.put(target, entry);
        if (persistent) {
            entry.key = key;
            takeSnapshot(entry);
            identityMap.put(key, target);
        }
        return entry;
    }

    Tracked newEntry(Object entity, EntityState state) {
        EntityType<Object> type = typeOf(entity);
        Polymorphism<Object> hierarchy = hierarchies.get(type.javaType());
        Polymorphism.Subtype<Object, ?> subtype = hierarchy == null ? null
                : hierarchy.subtypeOf(entity.getClass()).<Polymorphism.Subtype<Object, ?>>map(s -> s).orElse(null);
        return new Tracked(entity, type, nextSequence++, state, hierarchy, subtype);
    }

    EntityType<Object> typeOf(Object entity) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            EntityType<Object> entityType = entityTypes.get(type);
            if (entityType != null) {
                return entityType; // a superclass match covers loader proxies of the entity class
            }
        }
        throw new IllegalArgumentException(entity.getClass().getName() + " is not an entity of this session: its"
                + " EntityType takes part in no relationship of the metamodel (pass it to the constructor)");
    }

    Object identity(EntityKey key) {
        return identityMap.get(key);
    }

    void rebuildIdentityMap() {
        identityMap.clearKeys();
        for (Tracked entry : tracked.values()) {
            if (entry.key != null && entry.state != EntityState.NEW) {
                identityMap.put(entry.key, entry.entity);
            }
        }
    }

    /** Records the entry's current attribute values and relationship targets as its snapshot. */
    void takeSnapshot(Tracked entry) {
        List<Attribute<Object, ?>> attributes = entry.type.attributes();
        Object[] values = new Object[attributes.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = attributes.get(i).get(entry.entity);
        }
        entry.values = values;
        if (entry.subtype != null) {
            List<Attribute<Object, ?>> own = entry.subtypeEntity().attributes();
            Object[] subtypeValues = new Object[own.size()];
            for (int i = 0; i < subtypeValues.length; i++) {
                subtypeValues[i] = own.get(i).get(entry.entity);
            }
            entry.subtypeValues = subtypeValues;
        }
        entry.targets = new HashMap<>();
        for (Relationship<Object, Object> relationship : relationshipsOf(entry.type)) {
            List<Object> current = currentTargets(relationship, entry.entity);
            if (current != null) {
                entry.targets.put(relationship, current);
            }
        }
    }

    /** The targets a relationship holds now (a copy), or null when its value is still deferred by a loader. */
    static List<Object> currentTargets(Relationship<Object, Object> relationship, Object owner) {
        Object raw = relationship.isCollection() ? relationship.collection().values(owner) : relationship.getReference(owner);
        if (raw == null) {
            return relationship.isCollection() ? null : List.of();
        }
        if (LoadState.isUnloaded(raw)) {
            return null;
        }
        return new ArrayList<>(relationship.targetsOf(owner));
    }

    /** The normalized key of an object ({@link IdentityMap#keyOf}), or null while any key part is unset. */
    static EntityKey keyOf(EntityType<Object> type, Object entity) {
        return IdentityMap.keyOf(type, entity);
    }

    /** The one key normalisation, shared with every loader ({@link IdentityMap#normalize}). */
    static Object normalizedValue(Object value) {
        return IdentityMap.normalize(value);
    }

    /**
     * Whether a loader filled {@code relationship} of {@code owner} in this session with every target
     * (a collection known complete; not one loaded with criteria or a per-parent limit).
     */
    boolean isLoaded(Relationship<?, ?> relationship, Object owner) {
        return identityMap.isComplete(relationship, owner);
    }

    /** Records every relationship the object holds (not deferred) as loaded: what an inserted object holds is all there is. */
    void markLoaded(Tracked entry) {
        for (Relationship<Object, Object> relationship : relationshipsOf(entry.type)) {
            List<Object> current = currentTargets(relationship, entry.entity);
            if (current != null) {
                identityMap.markLoaded(relationship, entry.entity, current);
            }
        }
    }

    /** Marks the journal of a running flush, for the objects its loads bring into the session. */
    void flushing(TransactionJournal running) {
        this.flushJournal = running;
    }

    private String keyOrNew(Object entity) {
        EntityKey key = keyOf(typeOf(entity), entity);
        return key == null ? "(new)" : key.toString();
    }

    /** The entity the session tracks objects of {@code type} as: itself, or a subtype's base entity. */
    private EntityType<Object> sessionType(EntityType<?> type) {
        for (Polymorphism<Object> hierarchy : hierarchies.values()) {
            if (hierarchy.subtypeOf(type.javaType()).isPresent()) {
                return hierarchy.target();
            }
        }
        requireKnown(type);
        return entityTypes.get(type.javaType());
    }

    private void requireKnown(EntityType<?> type) {
        if (!entityTypes.containsKey(type.javaType())) {
            throw new IllegalArgumentException(type.name() + " is not an entity of this session: it takes part in no"
                    + " relationship of the metamodel (pass it to the constructor)");
        }
    }
}
