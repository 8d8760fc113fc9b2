package dev.relkit.session;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityKey;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.Relationship;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * The flush step behind {@link RelkitSession#deleteTargetsLeftUnlinked}: finds the targets whose
 * last association object this flush deletes. For each rule ({@code BookAuthorLink.book}):
 * <ol>
 *   <li>the candidates are the targets named by the association objects this flush deletes (by their
 *       reference, else by the foreign key of their row);</li>
 *   <li>the candidates' association rows are read with one statement ({@code select ... from
 *       book_author where book_id in (...)}); a row still links its target unless the session deletes
 *       its object or has pointed that object at another target; a new association object in the
 *       session links its target too;</li>
 *   <li>a candidate left without a link is returned, loaded by id when the session does not hold it
 *       (journaled as absent, so a rollback forgets it).</li>
 * </ol>
 */
final class UnlinkedTargets {

    private final RelkitSession session;
    private final TransactionJournal journal;

    UnlinkedTargets(RelkitSession session, TransactionJournal journal) {
        this.session = session;
        this.journal = journal;
    }

    /** The entries to delete, not yet marked. */
    List<Tracked> find() {
        List<Tracked> unlinked = new ArrayList<>();
        for (Relationship<Object, Object> rule : session.unlinkedTargetRules()) {
            Attribute<Object, ?> foreignKey = foreignKey(rule);
            Attribute<Object, ?> targetKey = targetKey(rule);
            Set<Object> candidates = new LinkedHashSet<>();
            for (Tracked association : session.entriesInOrder()) {
                if (association.state == EntityState.DELETED && rule.owner().javaType().isInstance(association.entity)) {
                    Object value = linkedKey(rule, association, foreignKey, targetKey, true);
                    if (value != null) {
                        candidates.add(value);
                    }
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            // by key, not through the identity map: a delete cascade of this flush may have brought them in
            Map<EntityKey, Tracked> associationsByKey = new HashMap<>();
            for (Tracked entry : session.entriesInOrder()) {
                if (entry.key != null && rule.owner().javaType().isInstance(entry.entity)) {
                    associationsByKey.put(entry.key, entry);
                }
            }
            Set<Object> stillLinked = new HashSet<>();
            for (Object row : remainingRows(rule, foreignKey, candidates)) {
                EntityKey key = RelkitSession.keyOf(rule.owner(), row);
                Tracked entry = key == null ? null : associationsByKey.get(key);
                if (entry == null) {
                    stillLinked.add(RelkitSession.normalizedValue(foreignKey.get(row))); // a row the session does not hold
                } else if (entry.state != EntityState.DELETED) {
                    stillLinked.add(linkedKey(rule, entry, foreignKey, targetKey, false));
                }
            }
            for (Tracked entry : session.entriesInOrder()) {
                if (entry.state == EntityState.NEW && rule.owner().javaType().isInstance(entry.entity)) {
                    stillLinked.add(linkedKey(rule, entry, foreignKey, targetKey, false));
                }
            }
            for (Object value : candidates) {
                if (stillLinked.contains(value)) {
                    continue;
                }
                boolean known = session.identity(rule.target(), value) != null;
                Object target = session.get(rule.target(), value);
                if (target == null) {
                    continue; // already gone from the database
                }
                if (!known) {
                    journal.rememberEntry(target, null);
                }
                Tracked entry = session.tracked().get(target);
                if (entry.state == EntityState.PERSISTENT && !unlinked.contains(entry)) {
                    unlinked.add(entry);
                }
            }
        }
        return unlinked;
    }

    /**
     * The key of the target an association object links: its reference's key when set, else its foreign
     * key, from the snapshot (the row as the database has it) when {@code asStored}.
     */
    private static Object linkedKey(Relationship<Object, Object> rule, Tracked association, Attribute<Object, ?> foreignKey,
                                    Attribute<Object, ?> targetKey, boolean asStored) {
        Object target = rule.getReference(association.entity);
        if (target == null && asStored && association.targetsAtSnapshot(rule) != null
                && !association.targetsAtSnapshot(rule).isEmpty()) {
            target = association.targetsAtSnapshot(rule).get(0);
        }
        Object value = target != null ? targetKey.get(target) : null;
        if (value == null) {
            int index = association.type.attributes().indexOf(foreignKey);
            value = asStored && association.values != null && index >= 0 ? association.values[index] : foreignKey.get(association.entity);
        }
        return RelkitSession.normalizedValue(value);
    }

    /** The association rows of the candidates in the database, mapped by the association entity's resultMap. */
    private List<Object> remainingRows(Relationship<Object, Object> rule, Attribute<Object, ?> foreignKey, Set<Object> candidates) {
        EntityType<Object> associationType = rule.owner();
        List<BasicColumn> columns = new ArrayList<>();
        for (Attribute<Object, ?> attribute : associationType.attributes()) {
            columns.add(attribute.column());
        }
        @SuppressWarnings("unchecked")
        SqlColumn<Object> column = (SqlColumn<Object>) foreignKey.column();
        return session.statements().selectList(associationType,
                select(columns).from(associationType.table()).where(column, isIn(candidates)).build().render(MYBATIS3));
    }

    private static Attribute<Object, ?> foreignKey(Relationship<Object, Object> rule) {
        JoinColumns join = rule.ownerJoin().get(0);
        return rule.owner().attributeFor(join.left()).orElseThrow(() -> new IllegalStateException(rule.qualifiedName()
                + ": " + rule.owner().name() + " declares no attribute for the join column " + join.left().name()));
    }

    private static Attribute<Object, ?> targetKey(Relationship<Object, Object> rule) {
        JoinColumns join = rule.ownerJoin().get(0);
        return rule.target().attributeFor(join.right()).orElseThrow(() -> new IllegalStateException(rule.qualifiedName()
                + ": " + rule.target().name() + " declares no attribute for the join column " + join.right().name()));
    }
}
