package dev.relkit.session;

import dev.relkit.relation.EntityKey;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Polymorphism;
import dev.relkit.relation.Relationship;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's bookkeeping for one object: its state, its key (once it has a row), and the
 * snapshot the next flush compares against — the attribute values and, per relationship, the
 * targets held (by identity) when the object was loaded or last flushed. A relationship whose value
 * was not loaded at snapshot time has no entry.
 */
final class Tracked {

    final Object entity;
    final EntityType<Object> type;
    final long sequence;
    EntityState state;
    EntityKey key;
    Object[] values;
    Map<Relationship<?, ?>, List<Object>> targets;
    /** The hierarchy of a polymorphic entity (its rows span the base table and a subtype table), else null. */
    final Polymorphism<Object> hierarchy;
    /** The subtype whose table holds the rest of the row, null for a base-class object or a plain entity. */
    final Polymorphism.Subtype<Object, ?> subtype;
    /** The snapshot of the subtype table's attribute values, in {@code subtype.entity().attributes()} order. */
    Object[] subtypeValues;

    Tracked(Object entity, EntityType<Object> type, long sequence, EntityState state) {
        this(entity, type, sequence, state, null, null);
    }

    Tracked(Object entity, EntityType<Object> type, long sequence, EntityState state,
            Polymorphism<Object> hierarchy, Polymorphism.Subtype<Object, ?> subtype) {
        this.entity = entity;
        this.type = type;
        this.sequence = sequence;
        this.state = state;
        this.targets = new HashMap<>();
        this.hierarchy = hierarchy;
        this.subtype = subtype;
    }

    Tracked copy() {
        Tracked copy = new Tracked(entity, type, sequence, state, hierarchy, subtype);
        copy.key = key;
        copy.values = values == null ? null : values.clone();
        copy.subtypeValues = subtypeValues == null ? null : subtypeValues.clone();
        copy.targets = new HashMap<>(targets);
        return copy;
    }

    /** The snapshot of a relationship's targets; null when unknown (not loaded, or a new object). */
    List<Object> targetsAtSnapshot(Relationship<?, ?> relationship) {
        return targets.get(relationship);
    }

    /** The subtype table's entity, for writing the part of the row it holds. */
    @SuppressWarnings("unchecked")
    EntityType<Object> subtypeEntity() {
        return (EntityType<Object>) subtype.entity();
    }

    String describe() {
        if (subtype == null) {
            return key != null ? key.toString() : type.name() + "#new";
        }
        String keyText = key == null ? "new" : key.values().size() == 1 ? String.valueOf(key.values().get(0)) : key.values().toString();
        return subtype.entity().name() + "#" + keyText;
    }
}
