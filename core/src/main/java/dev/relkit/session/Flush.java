package dev.relkit.session;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.CollectionAccessor;
import dev.relkit.relation.EntityKey;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipKind;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.Loading;
import dev.relkit.load.RelationshipLoader;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

import java.math.BigDecimal;
import java.sql.JDBCType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One flush of a {@link RelkitSession}: plans the work from the relationship declarations and
 * writes it. Every in-memory change it makes is journaled first, so that the session can undo it
 * when a statement fails. The order of the steps is documented at {@link RelkitSession#flush()}.
 */
final class Flush {

    private final RelkitSession session;
    private final TransactionJournal journal;
    private final Map<Object, Tracked> tracked;
    private final List<Link> links = new ArrayList<>();
    /** New rows waiting to be inserted in one statement. */
    private final WriteBatch insertBatch = new WriteBatch(1);
    /** Changed rows waiting to be updated in one statement. */
    private final WriteBatch updateBatch = new WriteBatch(2);
    /** Per entity class, whether a relationship refers from the class to itself (its deletes go one by one). */
    private final Map<Class<?>, Boolean> selfReferencing = new HashMap<>();
    /** Rows deleted before any insert: orphans whose keyed-map slot another object took, and their cascades. */
    private final Map<Object, Boolean> earlyDeletes = new IdentityHashMap<>();
    /** Rows not in memory whose foreign key to a deleted owner is set to NULL by one statement each. */
    private final List<Unlink> unlinks = new ArrayList<>();
    /** Foreign keys of deleted rows cleared before the deletes, to break a post-update cycle. */
    private final List<Link> clearedBeforeDelete = new ArrayList<>();

    Flush(RelkitSession session, TransactionJournal journal) {
        this.session = session;
        this.journal = journal;
        this.tracked = session.tracked();
    }

    void run() {
        for (Tracked entry : session.entriesInOrder()) {
            journal.rememberEntry(entry.entity, entry);
        }
        List<Tracked> roots = new ArrayList<>();
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state != EntityState.DELETED) {
                roots.add(entry);
            }
        }
        session.cascadeSaveUpdate(roots, journal);
        rejectViewOnlyChanges();
        cascadeDeletes();
        unlinkFromDeletedOwners();
        planForeignKeys();
        List<Tracked> deletes = orderDeletes();
        for (Tracked entry : deletes) {
            if (earlyDeletes.containsKey(entry.entity)) {
                delete(entry);
            }
        }
        List<Link> postUpdates = new ArrayList<>();
        Map<Object, List<Link>> activeLinks = activeLinksByDependent();
        for (Tracked entry : orderWrites()) {
            for (Link link : activeLinks.getOrDefault(entry.entity, List.of())) {
                if (link.relationship.postUpdate() && isNew(link.principal)) {
                    postUpdates.add(link); // written once both rows exist
                } else {
                    if (insertBatch.holds(link.principal)) {
                        writeInsertBatch(); // the principal's generated key is needed now
                    }
                    copyKey(link);
                }
            }
            if (entry.state == EntityState.NEW) {
                writeUpdateBatch();
                insertBatched(entry);
            } else {
                writeInsertBatch();
                updateBatched(entry);
            }
        }
        writeInsertBatch();
        writeUpdateBatch();
        for (Link link : postUpdates) {
            postUpdate(link);
        }
        writeLinkRows();
        for (Unlink unlink : unlinks) {
            try {
                session.statements().clearForeignKey(unlink.relationship.target(), unlink.foreignKey, unlink.ownerKey,
                        unlink.relationship.typeColumn());
            } catch (RuntimeException e) {
                throw failure("unlink of the " + unlink.relationship.target().name() + " rows of the deleted "
                        + unlink.relationship.owner().name() + " " + unlink.ownerKey + " (" + unlink.relationship.qualifiedName() + ")", e);
            }
        }
        for (Link link : clearedBeforeDelete) {
            Tracked dependent = tracked.get(link.dependent);
            updateForeignKey(dependent, link, dependent.key.values(), true, "post-update of " + dependent.describe() + " before its delete");
        }
        List<Tracked> lateDeletes = new ArrayList<>();
        for (Tracked entry : deletes) {
            if (!earlyDeletes.containsKey(entry.entity)) {
                lateDeletes.add(entry);
            }
        }
        deleteBatched(lateDeletes);
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state == EntityState.DELETED) {
                tracked.remove(entry.entity);
                continue;
            }
            boolean inserted = entry.state == EntityState.NEW;
            if (inserted) {
                entry.state = EntityState.PERSISTENT;
            }
            entry.key = RelkitSession.keyOf(entry.type, entry.entity);
            session.takeSnapshot(entry);
            if (inserted) {
                session.markLoaded(entry); // a new object's collections are all it has: complete, as written
            }
        }
        session.rebuildIdentityMap();
    }

    // ---- cascades ----

    private void rejectViewOnlyChanges() {
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state == EntityState.DELETED) {
                continue;
            }
            for (Relationship<Object, Object> relationship : session.relationshipsOf(entry.type)) {
                if (!relationship.viewOnly()) {
                    continue;
                }
                List<Object> current = RelkitSession.currentTargets(relationship, entry.entity);
                List<Object> before = entry.state == EntityState.NEW ? List.of() : entry.targetsAtSnapshot(relationship);
                if (current != null && before != null && !sameIdentities(before, current)) {
                    throw new ViewOnlyChangeException(relationship, entry.describe());
                }
            }
        }
    }

    private void cascadeDeletes() {
        Deque<Tracked> work = new ArrayDeque<>();
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state == EntityState.DELETED) {
                work.add(entry);
            }
        }
        Map<Relationship<?, ?>, Map<Object, List<Tracked>>> holders = new HashMap<>();
        for (Tracked owner : session.entriesInOrder()) {
            if (owner.state != EntityState.PERSISTENT) {
                continue;
            }
            for (Relationship<Object, Object> relationship : session.relationshipsOf(owner.type)) {
                if (!relationship.cascades(Cascade.DELETE_ORPHAN) || relationship.viewOnly()) {
                    continue;
                }
                List<Object> before = owner.targetsAtSnapshot(relationship);
                List<Object> current = RelkitSession.currentTargets(relationship, owner.entity);
                if (before == null || current == null) {
                    continue;
                }
                for (Object removed : before) {
                    Tracked child = tracked.get(removed);
                    if (!containsIdentity(current, removed) && child != null && child.state == EntityState.PERSISTENT
                            && !heldByAnother(holders.computeIfAbsent(relationship, this::holdersOf), owner.entity, removed)) {
                        child.state = EntityState.DELETED;
                        work.add(child);
                        if (replacedInKeyedMap(relationship, current, removed)) {
                            earlyDeletes.put(removed, Boolean.TRUE);
                        }
                    }
                }
            }
        }
        cascadeDeletes(work);
        if (!session.unlinkedTargetRules().isEmpty()) {
            for (Tracked unlinked : new UnlinkedTargets(session, journal).find()) {
                unlinked.state = EntityState.DELETED;
                work.add(unlinked);
            }
            cascadeDeletes(work);
        }
    }

    /** Follows the delete cascades of the queued deleted objects, queueing what they delete in turn. */
    private void cascadeDeletes(Deque<Tracked> work) {
        while (!work.isEmpty()) {
            Tracked deleted = work.poll();
            for (Relationship<Object, Object> relationship : session.relationshipsOf(deleted.type)) {
                if (!relationship.cascades(Cascade.DELETE) || relationship.viewOnly()) {
                    continue;
                }
                for (Object target : targetsToDelete(relationship, deleted)) {
                    Tracked entry = tracked.get(target);
                    if (entry != null && entry.state == EntityState.PERSISTENT) {
                        entry.state = EntityState.DELETED;
                        work.add(entry);
                        if (earlyDeletes.containsKey(deleted.entity)) {
                            earlyDeletes.put(target, Boolean.TRUE);
                        }
                    } else if (entry != null && entry.state == EntityState.NEW) {
                        tracked.remove(target); // never written: nothing to delete
                    }
                }
            }
        }
    }

    /**
     * The targets a delete cascades to: those in memory, plus, for collections and one-to-ones of an
     * object with a row, those in the database (read with one select-in statement through
     * {@link RelationshipLoader}, then resolved to the session's objects).
     */
    private List<Object> targetsToDelete(Relationship<Object, Object> relationship, Tracked owner) {
        List<Object> inMemory = RelkitSession.currentTargets(relationship, owner.entity);
        List<Object> targets = new ArrayList<>(inMemory == null ? List.of() : inMemory);
        if (owner.key == null || relationship.kind() == RelationshipKind.MANY_TO_ONE || relationship.passiveDeletes()) {
            return targets; // passive: the schema's ON DELETE CASCADE removes the rows not in memory
        }
        session.loader().load(List.of(owner.entity), LoadPlan.of(Loading.selectIn(relationship)));
        List<Object> loaded = RelkitSession.currentTargets(relationship, owner.entity);
        List<Object> canonical = new ArrayList<>();
        for (Object row : loaded == null ? List.<Object>of() : loaded) {
            EntityType<Object> type = session.typeOf(row);
            EntityKey key = RelkitSession.keyOf(type, row);
            Object known = key == null ? null : session.identity(key);
            if (known == null && !tracked.containsKey(row)) {
                Tracked entry = session.newEntry(row, EntityState.PERSISTENT);
                journal.rememberEntry(row, null);
                entry.key = key;
                session.takeSnapshot(entry);
                tracked.put(row, entry);
                known = row;
            }
            canonical.add(known == null ? row : known);
        }
        // rows brought in here are the session's objects for their keys from now on: a second delete
        // cascade reaching them (an author's and a book's links) must find them, not track copies
        session.rebuildIdentityMap();
        if (relationship.isCollection()) {
            relationship.collection().clear(owner.entity);
            canonical.forEach(target -> relationship.collection().add(owner.entity, target));
        } else {
            relationship.setReference(owner.entity, canonical.isEmpty() ? null : canonical.get(0));
        }
        for (Object target : canonical) {
            if (!containsIdentity(targets, target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    /**
     * Whether a child left a keyed-map collection because another object was put under its key. Its row
     * is deleted before the inserts: the map key is usually unique per owner ({@code tree_node}'s
     * {@code UNIQUE (parent_id, name)}), so the replacement's insert would collide with the old row.
     * SQLAlchemy's unit of work deletes last and fails here; relkit deletes such rows first.
     */
    @SuppressWarnings("unchecked")
    private static boolean replacedInKeyedMap(Relationship<Object, Object> relationship, List<Object> current, Object removed) {
        if (!(relationship.collection() instanceof CollectionAccessor.Keyed<?, ?, ?> keyed)) {
            return false;
        }
        Function<Object, Object> keyOf = (Function<Object, Object>) keyed.keyOf();
        Object slot = keyOf.apply(removed);
        for (Object target : current) {
            if (target != removed && Objects.equals(keyOf.apply(target), slot)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an object other than {@code owner}, and not deleted, holds {@code target} in the
     * relationship whose {@link #holdersOf holders} are given. Deciding the orphans changes only states,
     * from persistent to deleted, so holders found once serve every removed child of the relationship
     * when their state is read at each question (a flush that removes 1,000 of 10,000 lines asked every
     * tracked object for every line before).
     */
    private static boolean heldByAnother(Map<Object, List<Tracked>> holders, Object owner, Object target) {
        for (Tracked other : holders.getOrDefault(target, List.of())) {
            if (other.entity != owner && other.state != EntityState.DELETED) {
                return true;
            }
        }
        return false;
    }

    /** Every tracked object's current targets of {@code relationship}, by target (identity). */
    @SuppressWarnings("unchecked")
    private Map<Object, List<Tracked>> holdersOf(Relationship<?, ?> declared) {
        Relationship<Object, Object> relationship = (Relationship<Object, Object>) declared;
        Map<Object, List<Tracked>> holders = new IdentityHashMap<>();
        for (Tracked other : tracked.values()) {
            if (!relationship.owner().javaType().isInstance(other.entity)) {
                continue;
            }
            List<Object> held = RelkitSession.currentTargets(relationship, other.entity);
            for (Object target : held == null ? List.of() : held) {
                holders.computeIfAbsent(target, t -> new ArrayList<>(1)).add(other);
            }
        }
        return holders;
    }

    /**
     * SQLAlchemy's default for the rows that refer to a deleted owner through a one-to-many (or one-to-one)
     * without a delete cascade: their foreign key is set to NULL. Those in the session get it in memory and
     * are updated like any changed object; those not loaded are set by one {@code UPDATE ... WHERE fk = ?}
     * unless the collection is known complete, or the relationship trusts the schema ({@code passiveDeletes}).
     * A NOT NULL foreign key cannot be cleared: when a row refers to the deleted owner, the flush fails
     * before it writes anything, naming the relationship.
     */
    private void unlinkFromDeletedOwners() {
        for (Tracked deleted : session.entriesInOrder()) {
            if (deleted.state != EntityState.DELETED || deleted.key == null) {
                continue;
            }
            for (Relationship<Object, Object> relationship : session.relationshipsOf(deleted.type)) {
                if (relationship.viewOnly() || relationship.cascades(Cascade.DELETE)
                        || (relationship.kind() != RelationshipKind.ONE_TO_MANY && relationship.kind() != RelationshipKind.ONE_TO_ONE)) {
                    continue;
                }
                List<Attribute<Object, Object>> foreignKey = targetColumns(relationship);
                List<Object> ownerKey = snapshotValues(deleted, ownerColumns(relationship));
                if (ownerKey.contains(null)) {
                    continue;
                }
                boolean nullable = session.statements().nullable(relationship.target(), foreignKey);
                boolean complete = relationship.passiveDeletes() || session.isLoaded(relationship, deleted.entity);
                if (!nullable && !complete) {
                    // a read, before any write: are there rows the NOT NULL key would have to leave?
                    session.loader().load(List.of(deleted.entity), LoadPlan.of(Loading.selectIn(relationship)));
                    complete = true;
                }
                List<Tracked> children = referringRows(relationship, deleted, foreignKey, ownerKey);
                if (!nullable && !children.isEmpty()) {
                    throw new FlushException("Cannot delete " + deleted.describe() + ": " + relationship.qualifiedName()
                            + " holds " + children.stream().map(Tracked::describe).toList() + ", whose "
                            + foreignKey.stream().map(Attribute::columnName).toList() + " is NOT NULL and cannot be set to NULL;"
                            + " declare cascade(DELETE) on " + relationship.qualifiedName() + ", or passiveDeletes() with ON DELETE CASCADE"
                            + " in the schema, or move or delete them first");
                }
                for (Tracked child : children) {
                    for (Attribute<Object, Object> attribute : foreignKey) {
                        write(child.entity, attribute, null);
                    }
                    session.metamodel().inverseOf(relationship).ifPresent(back -> {
                        if (!back.isCollection() && back.getReference(child.entity) == deleted.entity) {
                            back.setReference(child.entity, null);
                        }
                    });
                }
                if (!complete && nullable) {
                    unlinks.add(new Unlink(relationship, foreignKey.stream().<SqlColumn<?>>map(Attribute::column).toList(), ownerKey));
                }
            }
        }
    }

    /** The session's rows, not deleted, whose foreign key names the deleted owner, or that its relationship holds. */
    private List<Tracked> referringRows(Relationship<Object, Object> relationship, Tracked deleted,
                                        List<Attribute<Object, Object>> foreignKey, List<Object> ownerKey) {
        List<Tracked> rows = new ArrayList<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> held = RelkitSession.currentTargets(relationship, deleted.entity);
        for (Object target : held == null ? List.of() : held) {
            Tracked entry = tracked.get(target);
            if (entry != null && entry.state == EntityState.PERSISTENT && seen.put(target, Boolean.TRUE) == null
                    && sameValues(foreignKeyValues(entry, foreignKey), ownerKey)) {
                rows.add(entry);
            }
        }
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state == EntityState.PERSISTENT && relationship.target().javaType().isInstance(entry.entity)
                    && !seen.containsKey(entry.entity) && sameValues(foreignKeyValues(entry, foreignKey), ownerKey)
                    && ofType(relationship, entry.entity)) {
                seen.put(entry.entity, Boolean.TRUE);
                rows.add(entry);
            }
        }
        return rows;
    }

    private static List<Object> foreignKeyValues(Tracked entry, List<Attribute<Object, Object>> foreignKey) {
        List<Object> values = new ArrayList<>(foreignKey.size());
        for (Attribute<Object, Object> attribute : foreignKey) {
            values.add(attribute.get(entry.entity));
        }
        return values;
    }

    private static boolean sameValues(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) == null || !sameValue(RelkitSession.normalizedValue(a.get(i)), RelkitSession.normalizedValue(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Writes a post-update link's foreign key once both rows exist: {@code update dependent set fk = ? where key}. */
    /**
     * {@code update <dependent> set <foreign key> = <its values, or NULL when clearing> where <key>}: the
     * second statement of a post-update, or the first of deleting two rows that refer to each other.
     */
    private void updateForeignKey(Tracked dependent, Link link, List<Object> key, boolean clear, String operation) {
        List<SqlColumn<?>> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Attribute<Object, Object> attribute : link.foreignKey) {
            columns.add(attribute.column());
            values.add(clear ? null : attribute.get(link.dependent));
        }
        try {
            session.statements().update(dependent.type, columns, values, key);
        } catch (RuntimeException e) {
            throw failure(operation + " (" + link.relationship.qualifiedName() + ")", e);
        }
    }

    private void postUpdate(Link link) {
        copyKey(link);
        Tracked dependent = tracked.get(link.dependent);
        EntityKey key = RelkitSession.keyOf(dependent.type, dependent.entity);
        updateForeignKey(dependent, link, key.values(), false, "post-update of " + dependent.describe());
        if (dependent.values != null) {
            // the row holds the key now: the snapshot says so, so a later update does not write it again
            List<Attribute<Object, ?>> attributes = dependent.type.attributes();
            for (Attribute<Object, Object> attribute : link.foreignKey) {
                int index = attributes.indexOf(attribute);
                if (index >= 0) {
                    dependent.values[index] = attribute.get(link.dependent);
                }
            }
        }
    }

    // ---- foreign keys and order ----

    /**
     * Finds, for every written relationship of a tracked object, which object's key goes into which
     * foreign-key attributes (a {@link Link}; active when the link is new, or either end is new), and
     * clears the foreign keys of links that were removed.
     */
    private void planForeignKeys() {
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state == EntityState.DELETED) {
                continue;
            }
            for (Relationship<Object, Object> relationship : session.relationshipsOf(entry.type)) {
                if (relationship.viewOnly() || relationship.kind() == RelationshipKind.MANY_TO_MANY) {
                    continue;
                }
                List<Object> current = RelkitSession.currentTargets(relationship, entry.entity);
                if (current == null) {
                    continue;
                }
                List<Object> before = entry.state == EntityState.NEW ? List.of() : entry.targetsAtSnapshot(relationship);
                boolean ownerHoldsKey = relationship.kind() == RelationshipKind.MANY_TO_ONE;
                for (Object target : current) {
                    boolean active = entry.state == EntityState.NEW || isNew(target)
                            || (before != null && !containsIdentity(before, target));
                    links.add(ownerHoldsKey
                            ? new Link(relationship, target, entry.entity, ownerColumns(relationship), targetColumns(relationship), active)
                            : new Link(relationship, entry.entity, target, targetColumns(relationship), ownerColumns(relationship), active));
                }
                if (before == null) {
                    continue;
                }
                for (Object removed : before) {
                    if (containsIdentity(current, removed)) {
                        continue;
                    }
                    if (ownerHoldsKey) {
                        clearKey(relationship, entry.entity, ownerColumns(relationship), null, null);
                    } else if (tracked.get(removed) != null && tracked.get(removed).state == EntityState.PERSISTENT) {
                        clearKey(relationship, removed, targetColumns(relationship), entry.entity, ownerColumns(relationship));
                    }
                }
            }
        }
    }

    /**
     * Sets a removed link's foreign key to null; for a child left out of a collection, only while the
     * key still points at that owner (a child moved to another owner keeps the new one).
     */
    private void clearKey(Relationship<Object, Object> relationship, Object dependent, List<Attribute<Object, Object>> foreignKey,
                          Object formerPrincipal, List<Attribute<Object, Object>> principalKey) {
        if (formerPrincipal != null) {
            for (int i = 0; i < foreignKey.size(); i++) {
                Object value = foreignKey.get(i).get(dependent);
                if (!sameValue(RelkitSession.normalizedValue(value), RelkitSession.normalizedValue(principalKey.get(i).get(formerPrincipal)))) {
                    return;
                }
            }
        }
        for (Attribute<Object, Object> attribute : foreignKey) {
            write(dependent, attribute, null);
        }
    }

    /**
     * The active links by their dependent object, each object's in the order they were planned: the
     * writes look up each row's own, instead of scanning every link for every row (a flush of 11,000
     * new rows has 10,000 links).
     */
    private Map<Object, List<Link>> activeLinksByDependent() {
        Map<Object, List<Link>> byDependent = new IdentityHashMap<>();
        for (Link link : links) {
            if (link.active) {
                byDependent.computeIfAbsent(link.dependent, dependent -> new ArrayList<>(1)).add(link);
            }
        }
        return byDependent;
    }

    private List<Tracked> orderWrites() {
        List<Tracked> pending = new ArrayList<>();
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state == EntityState.NEW || entry.state == EntityState.PERSISTENT) {
                pending.add(entry);
            }
        }
        Map<Object, List<Object>> waitsFor = new IdentityHashMap<>();
        for (Link link : links) {
            if (link.active && isNew(link.principal) && tracked.containsKey(link.dependent) && !link.relationship.postUpdate()) {
                waitsFor.computeIfAbsent(link.dependent, d -> new ArrayList<>()).add(link.principal);
            }
        }
        return topological(pending, waitsFor, "insert");
    }

    /** Deleted rows, each after the deleted rows whose foreign keys point at it. */
    private List<Tracked> orderDeletes() {
        List<Tracked> deleted = new ArrayList<>();
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state == EntityState.DELETED) {
                deleted.add(entry);
            }
        }
        Map<Object, List<Object>> waitsFor = new IdentityHashMap<>();
        for (Relationship<?, ?> declared : session.metamodel().relationships()) {
            @SuppressWarnings("unchecked")
            Relationship<Object, Object> relationship = (Relationship<Object, Object>) declared;
            if (relationship.viewOnly() || relationship.kind() == RelationshipKind.MANY_TO_MANY) {
                continue;
            }
            boolean ownerHoldsKey = relationship.kind() == RelationshipKind.MANY_TO_ONE;
            if (relationship.postUpdate()) {
                clearBeforeDelete(relationship, deleted, ownerHoldsKey);
                continue;
            }
            EntityType<Object> dependentType = ownerHoldsKey ? relationship.owner() : relationship.target();
            EntityType<Object> principalType = ownerHoldsKey ? relationship.target() : relationship.owner();
            List<Attribute<Object, Object>> foreignKey = ownerHoldsKey ? ownerColumns(relationship) : targetColumns(relationship);
            List<Attribute<Object, Object>> principalKey = ownerHoldsKey ? targetColumns(relationship) : ownerColumns(relationship);
            for (Tracked principal : deleted) {
                if (principal.type.javaType() != principalType.javaType()) {
                    continue;
                }
                List<Object> referenced = snapshotValues(principal, principalKey);
                for (Tracked dependent : deleted) {
                    if (dependent != principal && dependent.type.javaType() == dependentType.javaType()
                            && !referenced.contains(null) && referenced.equals(snapshotValues(dependent, foreignKey))) {
                        waitsFor.computeIfAbsent(principal.entity, p -> new ArrayList<>()).add(dependent.entity);
                    }
                }
            }
        }
        return topological(deleted, waitsFor, "delete");
    }

    /**
     * A post-update relationship between two deleted rows is broken by setting its foreign key to NULL
     * before the deletes (SQLAlchemy's post-update on delete), instead of ordering the deletes by it.
     */
    private void clearBeforeDelete(Relationship<Object, Object> relationship, List<Tracked> deleted, boolean ownerHoldsKey) {
        List<Attribute<Object, Object>> foreignKey = ownerHoldsKey ? ownerColumns(relationship) : targetColumns(relationship);
        List<Attribute<Object, Object>> principalKey = ownerHoldsKey ? targetColumns(relationship) : ownerColumns(relationship);
        Class<?> dependentType = (ownerHoldsKey ? relationship.owner() : relationship.target()).javaType();
        Class<?> principalType = (ownerHoldsKey ? relationship.target() : relationship.owner()).javaType();
        for (Tracked dependent : deleted) {
            if (dependent.type.javaType() != dependentType) {
                continue;
            }
            List<Object> refers = snapshotValues(dependent, foreignKey);
            for (Tracked principal : deleted) {
                if (principal != dependent && principal.type.javaType() == principalType && !refers.contains(null)
                        && refers.equals(snapshotValues(principal, principalKey))) {
                    clearedBeforeDelete.add(new Link(relationship, principal.entity, dependent.entity, foreignKey, principalKey, true));
                    break;
                }
            }
        }
    }

    /**
     * Orders rows so that each comes after those it waits for. Rows are first ranked by entity type
     * (a type after the types its foreign keys point to, as SQLAlchemy's unit of work groups rows by
     * mapper), then by the order they joined the session; the first row whose dependencies are done
     * goes next, so a self-referencing type still gets a row-by-row order.
     */
    private List<Tracked> topological(List<Tracked> entries, Map<Object, List<Object>> waitsFor, String operation) {
        Map<Class<?>, Integer> rank = typeRanks();
        List<Tracked> remaining = new ArrayList<>(entries);
        Comparator<Tracked> byRank = Comparator.comparingInt(entry -> rank.getOrDefault(entry.type.javaType(), 0));
        remaining.sort((operation.equals("delete") ? byRank.reversed() : byRank).thenComparingLong(entry -> entry.sequence));
        Map<Object, Boolean> pending = new IdentityHashMap<>();
        remaining.forEach(entry -> pending.put(entry.entity, Boolean.TRUE));
        // a linked list: the row taken is usually the first, and taking it must not shift 10,000 others
        LinkedList<Tracked> waiting = new LinkedList<>(remaining);
        List<Tracked> ordered = new ArrayList<>(entries.size());
        while (!waiting.isEmpty()) {
            Tracked next = null;
            for (Iterator<Tracked> it = waiting.iterator(); it.hasNext(); ) {
                Tracked entry = it.next();
                if (!waitsForPending(entry, waitsFor.get(entry.entity), pending)) {
                    next = entry;
                    it.remove();
                    break;
                }
            }
            if (next == null) {
                throw new FlushException("Cannot " + operation + " in dependency order: the rows of "
                        + waiting.stream().map(Tracked::describe).toList() + " depend on each other in a cycle");
            }
            ordered.add(next);
            pending.remove(next.entity);
        }
        return ordered;
    }

    /** Whether {@code entry} waits for another row still pending. */
    private static boolean waitsForPending(Tracked entry, List<Object> before, Map<Object, Boolean> pending) {
        if (before == null) {
            return false;
        }
        for (Object other : before) {
            if (other != entry.entity && pending.containsKey(other)) {
                return true;
            }
        }
        return false;
    }

    /** Per entity type, how many foreign-key hops lead from it to a type that refers to nothing. */
    private Map<Class<?>, Integer> typeRanks() {
        Map<Class<?>, Integer> rank = new java.util.HashMap<>();
        List<Relationship<?, ?>> relationships = session.metamodel().relationships();
        for (int round = 0; round <= relationships.size(); round++) {
            boolean changed = false;
            for (Relationship<?, ?> relationship : relationships) {
                if (relationship.viewOnly() || relationship.kind() == RelationshipKind.MANY_TO_MANY || relationship.postUpdate()
                        || relationship.owner().javaType() == relationship.target().javaType()) {
                    continue;
                }
                boolean ownerHoldsKey = relationship.kind() == RelationshipKind.MANY_TO_ONE;
                Class<?> principal = (ownerHoldsKey ? relationship.target() : relationship.owner()).javaType();
                Class<?> dependent = (ownerHoldsKey ? relationship.owner() : relationship.target()).javaType();
                int wanted = rank.getOrDefault(principal, 0) + 1;
                if (rank.getOrDefault(dependent, 0) < wanted && wanted <= relationships.size()) {
                    rank.put(dependent, wanted);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return rank;
    }

    // ---- writes ----

    /** Whether a row whose foreign key names an owner is of the owner's type, for the inverse of a generic foreign key. */
    private static boolean ofType(Relationship<Object, Object> relationship, Object target) {
        return relationship.typeColumn().map(type -> type.value().equals(
                relationship.target().attributeFor(type.column()).orElseThrow().get(target))).orElse(true);
    }

    /**
     * Copies the principal's key into the dependent's foreign key, and for one type of a generic foreign
     * key its type value into the type column.
     */
    private void copyKey(Link link) {
        link.relationship.typeColumn().ifPresent(type -> {
            EntityType<Object> keySide = link.relationship.kind() == RelationshipKind.MANY_TO_ONE
                    ? link.relationship.owner() : link.relationship.target();
            Attribute<Object, Object> column = keySide.attributeFor(type.column())
                    .map(attribute -> (Attribute<Object, Object>) attribute).orElseThrow();
            if (!type.value().equals(column.get(link.dependent))) {
                write(link.dependent, column, type.value());
            }
        });
        for (int i = 0; i < link.foreignKey.size(); i++) {
            Object value = link.principalKey.get(i).get(link.principal);
            if (value == null) {
                Tracked principal = tracked.get(link.principal);
                throw new FlushException(link.relationship.qualifiedName() + ": the " + session.typeOf(link.principal).name()
                        + " referred to by " + describe(link.dependent) + " has no key to copy into "
                        + link.foreignKey.get(i).property() + (principal == null
                        ? " and is not in the session (add it, or cascade save-update to it)" : ""));
            }
            if (!sameValue(RelkitSession.normalizedValue(value), RelkitSession.normalizedValue(link.foreignKey.get(i).get(link.dependent)))) {
                write(link.dependent, link.foreignKey.get(i), value);
            }
        }
    }

    /** Inserts one object's row(s) outside {@link #run()}: see {@link RelkitSession#insertNow}. */
    void insertOne(Tracked entry) {
        insert(entry);
    }

    /**
     * Inserts an object: its audit {@code created} attribute set first when the application left it
     * null; for an object of a hierarchy, the base row (discriminator set from the class when null),
     * then the subtype row keyed by the base row's id.
     */
    private void insert(Tracked entry) {
        prepareInsert(entry);
        insertRow(entry.type, entry, entry.entity);
        if (entry.subtype != null) {
            for (JoinColumns join : entry.subtype.join()) {
                Attribute<Object, Object> baseKey = attributeOf(entry.type, join.left(), entry);
                Attribute<Object, Object> subtypeKey = attributeOf(entry.subtypeEntity(), join.right(), entry);
                Object value = baseKey.get(entry.entity);
                if (!sameValue(RelkitSession.normalizedValue(value), RelkitSession.normalizedValue(subtypeKey.get(entry.entity)))) {
                    write(entry.entity, subtypeKey, value); // a subclass usually shares the base class's id field
                }
            }
            insertRow(entry.subtypeEntity(), entry, entry.entity);
        }
    }

    /**
     * Inserts an object whose row is one table's (not the subtype of a hierarchy) with the rows of the
     * same shape before it ({@link WriteBatch}); any other object at once, after the waiting rows.
     */
    private void insertBatched(Tracked entry) {
        if (entry.subtype != null) {
            writeInsertBatch();
            insert(entry);
            return;
        }
        prepareInsert(entry);
        List<SqlColumn<?>> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        rowValues(entry.type, entry.entity, columns, values);
        enqueue(insertBatch, entry, columns, values, this::writeInsertBatch);
    }

    /** Adds a row to {@code batch}, writing the batch first when the row does not fit it, and after when full. */
    private static void enqueue(WriteBatch batch, Tracked entry, List<SqlColumn<?>> columns, List<Object> values, Runnable write) {
        if (!batch.accepts(entry.type, columns)) {
            write.run();
        }
        batch.add(entry, entry.type, columns, values);
        if (batch.full()) {
            write.run();
        }
    }

    /** Writes the rows waiting in {@link #insertBatch}: one row as before, several in one statement. */
    private void writeInsertBatch() {
        if (insertBatch.isEmpty()) {
            return;
        }
        EntityType<Object> table = insertBatch.table();
        List<Tracked> entries = insertBatch.entries();
        if (entries.size() == 1) {
            writeRow(table, entries.get(0), entries.get(0).entity, insertBatch.columns(), insertBatch.rows().get(0));
            insertBatch.clear();
            return;
        }
        List<Object> keys;
        try {
            keys = session.statements().insertRows(table, insertBatch.columns(), insertBatch.rows());
        } catch (RuntimeException e) {
            throw failure("insert of " + entries.size() + " " + table.name() + " rows (" + describeSome(entries) + ")", e);
        }
        if (keys != null) {
            @SuppressWarnings("unchecked")
            Attribute<Object, Object> id = (Attribute<Object, Object>) table.idAttributes().get(0);
            for (int i = 0; i < entries.size(); i++) {
                write(entries.get(i).entity, id, generatedKey(keys.get(i), id));
            }
        }
        insertBatch.clear();
    }

    /** The first few of many rows, for a message. */
    private String describeSome(List<Tracked> entries) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(3, entries.size()); i++) {
            text.append(i == 0 ? "" : ", ").append(describe(entries.get(i).entity));
        }
        return entries.size() > 3 ? text.append(", ...").toString() : text.toString();
    }

    /** Before an object's row is written: its audit {@code created} time, first version and discriminator. */
    private void prepareInsert(Tracked entry) {
        entry.type.auditColumns().ifPresent(audit -> {
            @SuppressWarnings("unchecked")
            Attribute<Object, Object> created = (Attribute<Object, Object>) (Attribute<?, ?>) audit.created();
            if (created.get(entry.entity) == null) {
                write(entry.entity, created, session.now());
            }
        });
        entry.type.versionAttribute().ifPresent(version -> {
            @SuppressWarnings("unchecked")
            Attribute<Object, Object> attribute = (Attribute<Object, Object>) (Attribute<?, ?>) version;
            if (attribute.get(entry.entity) == null) {
                write(entry.entity, attribute, 1);
            }
        });
        if (entry.hierarchy != null) {
            setDiscriminator(entry);
        }
    }

    private void setDiscriminator(Tracked entry) {
        Attribute<Object, Object> discriminator = attributeOf(entry.type, entry.hierarchy.discriminator(), entry);
        String identity = entry.subtype != null ? entry.subtype.identity() : entry.hierarchy.baseIdentity();
        Object current = discriminator.get(entry.entity);
        if (current == null) {
            write(entry.entity, discriminator, identity);
        } else if (!identity.equals(current)) {
            throw new FlushException("Cannot insert " + entry.describe() + ": its discriminator "
                    + entry.hierarchy.discriminator().name() + " is '" + current + "', but a "
                    + entry.entity.getClass().getSimpleName() + " is stored as '" + identity + "'");
        }
    }

    private void insertRow(EntityType<Object> table, Tracked entry, Object entity) {
        List<SqlColumn<?>> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        rowValues(table, entity, columns, values);
        writeRow(table, entry, entity, columns, values);
    }

    /** The columns and values of an object's row in {@code table}: every attribute but a generated key left null. */
    private static void rowValues(EntityType<Object> table, Object entity, List<SqlColumn<?>> columns, List<Object> values) {
        for (Attribute<Object, ?> attribute : table.attributes()) {
            Object value = attribute.get(entity);
            boolean keyPart = table.idAttributes().contains(attribute);
            if (keyPart && value == null) {
                if (table.generatedId()) {
                    continue;
                }
                throw new FlushException("Cannot insert a " + table.name() + ": its key attribute "
                        + attribute.property() + " is not set and the database does not generate it");
            }
            columns.add(attribute.column());
            values.add(value);
        }
    }

    /** Inserts one row; a generated key is written into the object. */
    private void writeRow(EntityType<Object> table, Tracked entry, Object entity, List<SqlColumn<?>> columns, List<Object> values) {
        Object generated;
        try {
            generated = session.statements().insert(table, columns, values);
        } catch (RuntimeException e) {
            throw failure("insert of " + describe(entity) + (table != entry.type ? " into " + table.tableName() : ""), e);
        }
        if (generated != null) {
            @SuppressWarnings("unchecked")
            Attribute<Object, Object> id = (Attribute<Object, Object>) table.idAttributes().get(0);
            write(entity, id, generatedKey(generated, id));
        }
    }

    /**
     * Updates the changed columns of each table the object's row spans (the base table, and the
     * subtype table of a polymorphic object). When anything changed and the entity declares audit
     * columns, the {@code updated} attribute is stamped and written with the base table's changes.
     */
    private void updateIfDirty(Tracked entry) {
        List<SqlColumn<?>> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        changedColumns(entry.type, entry.values, entry.entity, columns, values);
        List<SqlColumn<?>> subtypeColumns = new ArrayList<>();
        List<Object> subtypeValues = new ArrayList<>();
        if (entry.subtype != null) {
            changedColumns(entry.subtypeEntity(), entry.subtypeValues, entry.entity, subtypeColumns, subtypeValues);
        }
        if (columns.isEmpty() && subtypeColumns.isEmpty()) {
            return;
        }
        stampUpdated(entry, columns, values);
        LoadedVersion version = LoadedVersion.of(entry);
        if (version != null) {
            // every update of the row (of either table) moves the base row's version on, checked against the loaded one
            Object next = version.value() instanceof Long number ? (Object) (number + 1)
                    : (Object) (((Number) version.value()).intValue() + 1);
            write(entry.entity, version.attribute(), next);
            int index = columns.indexOf(version.attribute().column());
            if (index >= 0) {
                values.set(index, next);
            } else {
                columns.add(version.attribute().column());
                values.add(next);
            }
        }
        if (!columns.isEmpty()) {
            updateRow(entry, entry.type, columns, values, entry.key.values(), version);
        }
        if (!subtypeColumns.isEmpty()) {
            updateRow(entry, entry.subtypeEntity(), subtypeColumns, subtypeValues, subtypeKey(entry), null);
        }
    }

    /** An audited entity's {@code updated} attribute set to now and written with the changed columns. */
    private void stampUpdated(Tracked entry, List<SqlColumn<?>> columns, List<Object> values) {
        entry.type.auditColumns().ifPresent(audit -> {
            @SuppressWarnings("unchecked")
            Attribute<Object, Object> updated = (Attribute<Object, Object>) (Attribute<?, ?>) audit.updated();
            write(entry.entity, updated, session.now());
            int index = columns.indexOf(updated.column());
            if (index >= 0) {
                values.set(index, updated.get(entry.entity));
            } else {
                columns.add(updated.column());
                values.add(updated.get(entry.entity));
            }
        });
    }

    /**
     * Updates a changed row with the changed rows of the same table and columns before it
     * ({@link WriteBatch}): rows of one table with a one-column key and no version; any other at once.
     */
    private void updateBatched(Tracked entry) {
        if (!writableTogether(entry)) {
            writeUpdateBatch();
            updateIfDirty(entry);
            return;
        }
        List<SqlColumn<?>> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        changedColumns(entry.type, entry.values, entry.entity, columns, values);
        if (columns.isEmpty()) {
            return;
        }
        stampUpdated(entry, columns, values);
        enqueue(updateBatch, entry, columns, values, this::writeUpdateBatch);
    }

    /** Writes the rows waiting in {@link #updateBatch}: one row as before, several in one statement. */
    private void writeUpdateBatch() {
        if (updateBatch.isEmpty()) {
            return;
        }
        EntityType<Object> table = updateBatch.table();
        List<Tracked> entries = updateBatch.entries();
        if (entries.size() == 1) {
            updateRow(entries.get(0), table, updateBatch.columns(), updateBatch.rows().get(0), entries.get(0).key.values(), null);
            updateBatch.clear();
            return;
        }
        writeRows("update", entries, keys -> session.statements().updateRows(table, updateBatch.columns(), updateBatch.rows(), keys),
                "were deleted in the database");
        updateBatch.clear();
    }

    /** The version attribute of optimistic locking and the value the row was loaded (or last written) with. */
    private record LoadedVersion(Attribute<Object, Object> attribute, Object value) {

        /** The entry's version as its snapshot holds it, or null: a row without a loaded version is not checked. */
        @SuppressWarnings("unchecked")
        static LoadedVersion of(Tracked entry) {
            Attribute<Object, Object> version = (Attribute<Object, Object>) (Attribute<?, ?>) entry.type.versionAttribute().orElse(null);
            Object value = version == null || entry.values == null ? null : entry.values[entry.type.attributes().indexOf(version)];
            return value == null ? null : new LoadedVersion(version, value);
        }
    }

    /** The failure of a versioned write that matched no row: the row's version now, or its absence. */
    private StaleObjectException stale(String operation, Tracked entry, LoadedVersion version) {
        // the latest committed row: the transaction's snapshot may still show the version it loaded
        Object current = session.statements().selectById(entry.type, entry.key.values(), null, true);
        return new StaleObjectException(operation, entry.type.name(), entry.key.values(), version.value(),
                current == null ? null : version.attribute().get(current));
    }

    private static void changedColumns(EntityType<Object> table, Object[] snapshot, Object entity,
                                       List<SqlColumn<?>> columns, List<Object> values) {
        List<Attribute<Object, ?>> attributes = table.attributes();
        for (int i = 0; i < attributes.size(); i++) {
            Object value = attributes.get(i).get(entity);
            if (snapshot == null || !sameValue(snapshot[i], value)) {
                columns.add(attributes.get(i).column());
                values.add(value);
            }
        }
    }

    private void updateRow(Tracked entry, EntityType<Object> table, List<SqlColumn<?>> columns, List<Object> values, List<Object> key,
                           LoadedVersion version) {
        int rows;
        try {
            rows = session.statements().update(table, columns, values, key,
                    version == null ? null : version.attribute().column(), version == null ? null : version.value());
        } catch (RuntimeException e) {
            throw failure("update of " + entry.describe() + (table != entry.type ? " in " + table.tableName() : ""), e);
        }
        if (rows == 0 && version != null) {
            throw stale("update", entry, version);
        }
        if (rows == 0) {
            throw new FlushException("update of " + entry.describe() + (table != entry.type ? " in " + table.tableName() : "")
                    + " matched no row: it was deleted in the database");
        }
    }

    /**
     * Deletes rows in order; consecutive rows of one table with a one-column key, no version and no
     * foreign key to their own table go in one {@code delete ... where id in (...)} statement.
     */
    private void deleteBatched(List<Tracked> entries) {
        int start = 0;
        while (start < entries.size()) {
            Tracked first = entries.get(start);
            int end = start + 1;
            if (deletableTogether(first)) {
                while (end < entries.size() && end - start < WriteBatch.MAX_ROWS && entries.get(end).type == first.type
                        && deletableTogether(entries.get(end))) {
                    end++;
                }
            }
            if (end - start == 1) {
                delete(first);
            } else {
                deleteRows(entries.subList(start, end));
            }
            start = end;
        }
    }

    /** Rows of a table with a one-column key and no version, outside a joined-table hierarchy's subtype: one statement can write several. */
    private static boolean writableTogether(Tracked entry) {
        return entry.subtype == null && entry.type.idAttributes().size() == 1 && entry.type.versionAttribute().isEmpty();
    }

    /** As {@link #writableTogether}, and the table has no foreign key to itself (InnoDB checks it row by row). */
    private boolean deletableTogether(Tracked entry) {
        return writableTogether(entry) && !selfReferencing.computeIfAbsent(entry.type.javaType(), this::refersToItself);
    }

    private boolean refersToItself(Class<?> type) {
        for (Relationship<?, ?> relationship : session.metamodel().relationshipsOf(type)) {
            if (relationship.target().javaType() == type && !relationship.viewOnly()) {
                return true;
            }
        }
        return false;
    }

    private void deleteRows(List<Tracked> entries) {
        EntityType<Object> table = entries.get(0).type;
        writeRows("delete", entries, keys -> session.statements().deleteRows(table, keys), "were already deleted in the database");
    }

    /**
     * Runs one statement over several rows of one table, keyed by their one key column; it must match
     * every one of them, or the flush fails saying how many were {@code gone}.
     */
    private void writeRows(String operation, List<Tracked> entries, java.util.function.ToIntFunction<List<Object>> statement, String gone) {
        List<Object> keys = new ArrayList<>(entries.size());
        for (Tracked entry : entries) {
            keys.add(entry.key.values().get(0));
        }
        String rowsText = entries.size() + " " + entries.get(0).type.name() + " rows (" + describeSome(entries) + ")";
        int rows;
        try {
            rows = statement.applyAsInt(keys);
        } catch (RuntimeException e) {
            throw failure(operation + " of " + rowsText, e);
        }
        if (rows != entries.size()) {
            throw new FlushException(operation + " of " + rowsText + " matched " + rows + ": " + (entries.size() - rows) + " of them " + gone);
        }
    }

    /** Deletes the object's row: for a polymorphic object the subtype row first, then the base row. */
    private void delete(Tracked entry) {
        if (entry.subtype != null) {
            deleteRow(entry, entry.subtypeEntity(), subtypeKey(entry));
        }
        deleteRow(entry, entry.type, entry.key.values());
    }

    private void deleteRow(Tracked entry, EntityType<Object> table, List<Object> key) {
        LoadedVersion version = table == entry.type ? LoadedVersion.of(entry) : null;
        int rows;
        try {
            rows = session.statements().delete(table, key, version == null ? null : version.attribute().column(),
                    version == null ? null : version.value());
        } catch (RuntimeException e) {
            throw failure("delete of " + entry.describe() + (table != entry.type ? " from " + table.tableName() : ""), e);
        }
        if (rows == 0 && version != null) {
            throw stale("delete", entry, version);
        }
        if (rows == 0) {
            throw new FlushException("delete of " + entry.describe() + (table != entry.type ? " from " + table.tableName() : "")
                    + " matched no row: it was already deleted in the database");
        }
    }

    /** The subtype row's key: the base row's key values read through the subtype's join. */
    private static List<Object> subtypeKey(Tracked entry) {
        List<Object> key = new ArrayList<>();
        for (Attribute<Object, ?> id : entry.subtypeEntity().idAttributes()) {
            JoinColumns join = entry.subtype.join().stream().filter(j -> j.right().name().equals(id.columnName())).findFirst()
                    .orElseThrow(() -> new IllegalStateException(entry.subtype.entity().name() + ": key column "
                            + id.columnName() + " is not in the join to " + entry.type.name()));
            key.add(entry.key.values().get(indexOfColumn(entry.type.idAttributes(), join.left())));
        }
        return key;
    }

    private static int indexOfColumn(List<Attribute<Object, ?>> attributes, SqlColumn<?> column) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).columnName().equals(column.name())) {
                return i;
            }
        }
        throw new IllegalStateException("column " + column.name() + " is not a key attribute");
    }

    @SuppressWarnings("unchecked")
    private static Attribute<Object, Object> attributeOf(EntityType<Object> type, SqlColumn<?> column, Tracked entry) {
        return (Attribute<Object, Object>) type.attributeFor(column).orElseThrow(() -> new IllegalStateException(
                type.name() + " declares no attribute for column " + column.name() + ", needed to write " + entry.describe()));
    }

    /**
     * Link rows of many-to-many relationships: all rows of deleted objects, then the rows of targets
     * that left a collection, then those of targets that joined one. Both sides of a bidirectional
     * relationship describe the same row, which is written once.
     */
    private void writeLinkRows() {
        Map<String, LinkRow> deletes = new LinkedHashMap<>();
        Map<String, LinkRow> inserts = new LinkedHashMap<>();
        for (Tracked deleted : session.entriesInOrder()) {
            if (deleted.state != EntityState.DELETED) {
                continue;
            }
            for (Relationship<?, ?> declared : session.metamodel().relationships()) {
                @SuppressWarnings("unchecked")
                Relationship<Object, Object> relationship = (Relationship<Object, Object>) declared;
                if (relationship.viewOnly() || relationship.secondary().isEmpty()) {
                    continue;
                }
                if (relationship.owner().javaType() == deleted.type.javaType() && !relationship.passiveDeletes()) {
                    List<SqlColumn<?>> columns = relationship.ownerJoin().stream().<SqlColumn<?>>map(JoinColumns::right).toList();
                    put(deletes, new LinkRow(relationship, columns, snapshotValues(deleted, ownerColumns(relationship))));
                }
                if (relationship.target().javaType() == deleted.type.javaType()
                        && !session.metamodel().inverseOf(relationship).map(Relationship::passiveDeletes).orElse(false)) {
                    List<SqlColumn<?>> columns = relationship.secondaryJoin().stream().<SqlColumn<?>>map(JoinColumns::left).toList();
                    put(deletes, new LinkRow(relationship, columns, snapshotValues(deleted, targetColumns(relationship))));
                }
            }
        }
        for (Tracked entry : session.entriesInOrder()) {
            if (entry.state == EntityState.DELETED) {
                continue;
            }
            for (Relationship<Object, Object> relationship : session.relationshipsOf(entry.type)) {
                if (relationship.viewOnly() || relationship.secondary().isEmpty()) {
                    continue;
                }
                List<Object> current = RelkitSession.currentTargets(relationship, entry.entity);
                List<Object> before = entry.state == EntityState.NEW ? List.of() : entry.targetsAtSnapshot(relationship);
                if (current == null || before == null) {
                    continue;
                }
                for (Object target : current) {
                    if (!containsIdentity(before, target) && !isDeleted(target)) {
                        put(inserts, linkRow(relationship, entry.entity, target));
                    }
                }
                for (Object target : before) {
                    if (!containsIdentity(current, target) && !isDeleted(target)) {
                        put(deletes, linkRow(relationship, entry.entity, target));
                    }
                }
            }
        }
        for (LinkRow row : deletes.values()) {
            try {
                session.statements().deleteLinks(row.table(), row.columns, row.values);
            } catch (RuntimeException e) {
                throw failure("delete of " + row + " (" + row.relationship.qualifiedName() + ")", e);
            }
        }
        for (LinkRow row : inserts.values()) {
            try {
                session.statements().insertLink(row.table(), row.columns, row.values);
            } catch (RuntimeException e) {
                throw failure("insert of " + row + " (" + row.relationship.qualifiedName() + ")", e);
            }
        }
    }

    private LinkRow linkRow(Relationship<Object, Object> relationship, Object owner, Object target) {
        List<SqlColumn<?>> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Attribute<Object, Object>> ownerKey = ownerColumns(relationship);
        for (int i = 0; i < ownerKey.size(); i++) {
            columns.add(relationship.ownerJoin().get(i).right());
            values.add(ownerKey.get(i).get(owner));
        }
        List<Attribute<Object, Object>> targetKey = targetColumns(relationship);
        for (int i = 0; i < targetKey.size(); i++) {
            columns.add(relationship.secondaryJoin().get(i).left());
            values.add(targetKey.get(i).get(target));
        }
        if (values.contains(null)) {
            throw new FlushException(relationship.qualifiedName() + ": cannot link " + describe(owner) + " to "
                    + describe(target) + ", one of them has no key (is it in the session?)");
        }
        // by column name, so that both sides of a bidirectional relationship write the same statement
        Map<String, Integer> byName = new TreeMap<>();
        for (int i = 0; i < columns.size(); i++) {
            byName.put(columns.get(i).name(), i);
        }
        List<SqlColumn<?>> sortedColumns = new ArrayList<>();
        List<Object> sortedValues = new ArrayList<>();
        byName.values().forEach(i -> {
            sortedColumns.add(columns.get(i));
            sortedValues.add(values.get(i));
        });
        return new LinkRow(relationship, sortedColumns, sortedValues);
    }

    private static void put(Map<String, LinkRow> rows, LinkRow row) {
        rows.putIfAbsent(row.identity(), row);
    }

    // ---- helpers ----

    private void write(Object entity, Attribute<Object, Object> attribute, Object value) {
        journal.rememberValue(entity, attribute, attribute.get(entity));
        attribute.set(entity, value);
    }

    private FlushException failure(String operation, RuntimeException cause) {
        return new FlushException(operation + " failed: " + RelkitSession.rootMessage(cause), cause);
    }

    private boolean isNew(Object entity) {
        Tracked entry = tracked.get(entity);
        return entry != null && entry.state == EntityState.NEW;
    }

    private boolean isDeleted(Object entity) {
        Tracked entry = tracked.get(entity);
        return entry != null && entry.state == EntityState.DELETED;
    }

    private String describe(Object entity) {
        Tracked entry = tracked.get(entity);
        if (entry != null) {
            return entry.describe();
        }
        EntityKey key = RelkitSession.keyOf(session.typeOf(entity), entity);
        return key != null ? key.toString() : session.typeOf(entity).name() + "#new";
    }

    /** The values of the given attributes in the entry's snapshot: the row as the database has it. */
    private static List<Object> snapshotValues(Tracked entry, List<Attribute<Object, Object>> attributes) {
        List<Object> values = new ArrayList<>(attributes.size());
        for (Attribute<Object, Object> attribute : attributes) {
            int index = entry.type.attributes().indexOf(attribute);
            Object value = index >= 0 && entry.values != null ? entry.values[index] : attribute.get(entry.entity);
            values.add(RelkitSession.normalizedValue(value));
        }
        return values;
    }

    /** The owner's attributes of the join's left columns. */
    private static List<Attribute<Object, Object>> ownerColumns(Relationship<Object, Object> relationship) {
        List<Attribute<Object, Object>> attributes = new ArrayList<>();
        for (JoinColumns pair : relationship.ownerJoin()) {
            attributes.add(attributeOf(relationship, relationship.owner(), pair.left()));
        }
        return attributes;
    }

    /** The target's attributes of the join's right columns (of the link-to-target join for many-to-many). */
    private static List<Attribute<Object, Object>> targetColumns(Relationship<Object, Object> relationship) {
        List<Attribute<Object, Object>> attributes = new ArrayList<>();
        List<JoinColumns> join = relationship.secondary().isPresent() ? relationship.secondaryJoin() : relationship.ownerJoin();
        for (JoinColumns pair : join) {
            attributes.add(attributeOf(relationship, relationship.target(), pair.right()));
        }
        return attributes;
    }

    @SuppressWarnings("unchecked")
    private static Attribute<Object, Object> attributeOf(Relationship<?, ?> relationship, EntityType<Object> type, SqlColumn<?> column) {
        return (Attribute<Object, Object>) type.attributeFor(column).orElseThrow(() -> new IllegalStateException(
                relationship.qualifiedName() + ": " + type.name() + " declares no attribute for the join column "
                        + column.name() + ", so the unit of work cannot write the relationship"));
    }

    /** A generated key as the id attribute's Java type (drivers return Long or BigInteger). */
    private static Object generatedKey(Object generated, Attribute<Object, Object> id) {
        if (!(generated instanceof Number number)) {
            return generated;
        }
        JDBCType jdbcType = id.column().jdbcType().orElse(null);
        if (jdbcType == null) {
            return number.longValue();
        }
        return switch (jdbcType) {
            case INTEGER -> number.intValue();
            case SMALLINT -> number.shortValue();
            case TINYINT -> number.byteValue();
            case DECIMAL, NUMERIC -> new BigDecimal(number.toString());
            default -> number.longValue();
        };
    }

    static boolean sameValue(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    private static boolean containsIdentity(Collection<?> values, Object value) {
        for (Object candidate : values) {
            if (candidate == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameIdentities(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Object value : a) {
            if (!containsIdentity(b, value)) {
                return false;
            }
        }
        return true;
    }

    /** Whose key goes into whose foreign key for one relationship between two objects. */
    private record Link(Relationship<Object, Object> relationship, Object principal, Object dependent,
                        List<Attribute<Object, Object>> foreignKey, List<Attribute<Object, Object>> principalKey,
                        boolean active) {
    }

    /** One row (or, with one end's columns only, all rows of one object) of a many-to-many link table. */
    /** {@code update <target> set <foreignKey> = null where <foreignKey> = <ownerKey>} for a deleted owner. */
    private record Unlink(Relationship<Object, Object> relationship, List<SqlColumn<?>> foreignKey, List<Object> ownerKey) {
    }

    private record LinkRow(Relationship<Object, Object> relationship, List<SqlColumn<?>> columns, List<Object> values) {

        SqlTable table() {
            return relationship.secondary().orElseThrow();
        }

        String identity() {
            Map<String, Object> sorted = new TreeMap<>();
            for (int i = 0; i < columns.size(); i++) {
                sorted.put(columns.get(i).name(), RelkitSession.normalizedValue(values.get(i)));
            }
            return table().tableNameAtRuntime() + sorted;
        }

        @Override
        public String toString() {
            return table().tableNameAtRuntime() + " row " + identity().substring(table().tableNameAtRuntime().length());
        }
    }

}
