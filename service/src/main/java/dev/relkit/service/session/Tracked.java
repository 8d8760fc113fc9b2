package dev.relkit.service.session;

import dev.relkit.relation.EntityKey;
import dev.relkit.relation.EntityType;
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

    Tracked(Object entity, EntityType<Object> type, long sequence, EntityState state) {
        this.entity = entity;
        this.type = type;
        this.sequence = sequence;
        this.state = state;
        this.targets = new HashMap<>();
    }

    Tracked copy() {
        Tracked copy = new Tracked(entity, type, sequence, state);
        copy.key = key;
        copy.values = values == null ? null : values.clone();
        copy.targets = new HashMap<>(targets);
        return copy;
    }

    /** The snapshot of a relationship's targets; null when unknown (not loaded, or a new object). */
    List<Object> targetsAtSnapshot(Relationship<?, ?> relationship) {
        return targets.get(relationship);
    }

    String describe() {
        return key != null ? key.toString() : type.name() + "#new";
    }
}
