package dev.relkit.service.session;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityKey;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.Relationship;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * The flush step behind {@link RelkitSession#deleteTargetsLeftUnlinked}: finds the targets whose
 * last association object this flush deletes. For each rule ({@code BookAuthorLink.book}) the
 * candidates are the persistent targets of the association objects being deleted; their remaining
 * association rows are read with one statement per rule ({@code select ... from book_author where
 * book_id in (...)}), and a candidate is left unlinked when every row read is an object this flush
 * deletes (or now points elsewhere) and no new association object in the session points at it.
 */
final class UnlinkedTargets {

    private final RelkitSession session;
    private final Map<Object, Tracked> tracked;

    UnlinkedTargets(RelkitSession session) {
        this.session = session;
        this.tracked = session.tracked();
    }

    /** The entries to delete, not yet marked. */
    List<Tracked> find() {
        List<Tracked> unlinked = new ArrayList<>();
        for (Relationship<Object, Object> rule : session.unlinkedTargetRules()) {
            Map<Object, Tracked> candidates = new IdentityHashMap<>();
            for (Tracked association : session.entriesInOrder()) {
                if (association.state != EntityState.DELETED || !rule.owner().javaType().isInstance(association.entity)) {
                    continue;
                }
                Object target = rule.getReference(association.entity);
                if (target == null && association.targetsAtSnapshot(rule) != null && !association.targetsAtSnapshot(rule).isEmpty()) {
                    target = association.targetsAtSnapshot(rule).get(0);
                }
                Tracked entry = target == null ? null : tracked.get(target);
                if (entry != null && entry.state == EntityState.PERSISTENT) {
                    candidates.put(target, entry);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Map<Object, Boolean> stillLinked = new IdentityHashMap<>();
            for (Object row : remainingRows(rule, candidates)) {
                EntityKey key = RelkitSession.keyOf(rule.owner(), row);
                Object association = key == null ? null : session.identity(key);
                if (association == null) {
                    markLinked(rule, row, candidates, stillLinked); // a row the session does not hold: it stays
                    continue;
                }
                Tracked entry = tracked.get(association);
                if (entry != null && entry.state != EntityState.DELETED) {
                    Object target = rule.getReference(association);
                    if (target != null) {
                        stillLinked.put(target, Boolean.TRUE);
                    } else {
                        markLinked(rule, row, candidates, stillLinked);
                    }
                }
            }
            for (Tracked entry : session.entriesInOrder()) {
                if (entry.state == EntityState.NEW && rule.owner().javaType().isInstance(entry.entity)) {
                    Object target = rule.getReference(entry.entity);
                    if (target != null) {
                        stillLinked.put(target, Boolean.TRUE);
                    }
                }
            }
            candidates.forEach((target, entry) -> {
                if (!stillLinked.containsKey(target) && !unlinked.contains(entry)) {
                    unlinked.add(entry);
                }
            });
        }
        return unlinked;
    }

    /** The association rows of the candidates in the database, mapped by the association entity's resultMap. */
    private List<Object> remainingRows(Relationship<Object, Object> rule, Map<Object, Tracked> candidates) {
        JoinColumns join = rule.ownerJoin().get(0);
        Attribute<Object, ?> targetKey = rule.target().attributeFor(join.right()).orElseThrow();
        List<Object> keys = new ArrayList<>();
        candidates.values().forEach(entry -> keys.add(targetKey.get(entry.entity)));
        EntityType<Object> associationType = rule.owner();
        List<BasicColumn> columns = new ArrayList<>();
        for (Attribute<Object, ?> attribute : associationType.attributes()) {
            columns.add(attribute.column());
        }
        @SuppressWarnings("unchecked")
        SqlColumn<Object> foreignKey = (SqlColumn<Object>) join.left();
        return session.statements().selectList(associationType,
                select(columns).from(associationType.table()).where(foreignKey, isIn(keys)).build().render(MYBATIS3));
    }

    /** Marks the candidate a row's foreign key points at as still linked. */
    private static void markLinked(Relationship<Object, Object> rule, Object row, Map<Object, Tracked> candidates,
                                   Map<Object, Boolean> stillLinked) {
        JoinColumns join = rule.ownerJoin().get(0);
        Object value = RelkitSession.normalizedValue(rule.owner().attributeFor(join.left()).orElseThrow().get(row));
        Attribute<Object, ?> targetKey = rule.target().attributeFor(join.right()).orElseThrow();
        candidates.keySet().forEach(target -> {
            if (value != null && value.equals(RelkitSession.normalizedValue(targetKey.get(target)))) {
                stillLinked.put(target, Boolean.TRUE);
            }
        });
    }
}
