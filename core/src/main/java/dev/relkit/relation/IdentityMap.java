package dev.relkit.relation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One object per row, the counterpart of SQLAlchemy's identity map ({@code identity.py}): every loader
 * strategy and the unit of work resolve a row's key to the object held here, so the same row is the
 * same Java object wherever it turns up. A {@code RelkitSession} owns one for its whole life; a loader
 * used outside a session makes one per {@code load}/{@code query} call.
 *
 * <p>Keys are compared after one normalisation ({@link #normalize}): integral numbers of any Java type
 * become a {@code Long}, so an {@code Integer} read from a getter and a {@code Long} returned by the
 * driver name the same row.
 *
 * <p>The map also remembers which collections of which objects hold every row they should (loaded by a
 * loader, or mapped by a joined statement): SQLAlchemy adds an object to an inverse collection only
 * when that collection is loaded, and an object's constructor's empty list is not.
 *
 * <p>Not thread-safe, like the session or load call that owns it.
 */
public final class IdentityMap {

    /** Told when an object enters the map through a loader, and when a relationship of an object is loaded. */
    public interface Listener {
        /** {@code entity}, of {@code type}, is now the map's object for its key. */
        void entered(EntityType<?> type, Object entity);

        /** {@code relationship} of {@code owner} now holds {@code targets}, what the database holds. */
        void loaded(Relationship<?, ?> relationship, Object owner, Collection<?> targets);
    }

    private static final Listener SILENT = new Listener() {
        @Override
        public void entered(EntityType<?> type, Object entity) {
        }

        @Override
        public void loaded(Relationship<?, ?> relationship, Object owner, Collection<?> targets) {
        }
    };

    private final Map<EntityKey, Object> objects = new HashMap<>();
    /** Per object, the few relationships known loaded (a list: an entity has a handful, and a lazy load marks one per object). */
    private final Map<Object, List<Relationship<?, ?>>> loaded = new IdentityHashMap<>();
    /** Per owner, the loaded relationships that hold only some of the database's targets (criteria, a limit). */
    private final Map<Object, List<Relationship<?, ?>>> partial = new IdentityHashMap<>();
    private final Listener listener;

    /** A map that tells nobody: a loader's own, for one load call. */
    public IdentityMap() {
        this(SILENT);
    }

    /** A map that tells {@code listener} what loaders put into it (a unit of work tracks those objects). */
    public IdentityMap(Listener listener) {
        this.listener = listener == null ? SILENT : listener;
    }

    /**
     * The one normalisation of key values: integral numbers ({@code Byte}, {@code Short}, {@code Integer},
     * {@code Long}, a {@code BigInteger} that fits) become a {@code Long}; anything else is kept.
     */
    public static Object normalize(Object value) {
        if (value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        return value;
    }

    /** The normalised key of {@code values} for entity class {@code type}. */
    public static EntityKey key(Class<?> type, List<?> values) {
        Object[] normalized = new Object[values.size()];
        for (int i = 0; i < normalized.length; i++) {
            normalized[i] = normalize(values.get(i));
        }
        return new EntityKey(type, List.of(normalized));
    }

    /** A key with its values normalised. */
    public static EntityKey normalized(EntityKey key) {
        return key(key.entityType(), key.values());
    }

    /**
     * The normalised key of an object, built in one step (this runs for every loaded row); null while
     * any key attribute is unset.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static EntityKey keyOf(EntityType type, Object entity) {
        List<Attribute> ids = type.idAttributes();
        if (ids.size() == 1) {
            Object value = ids.get(0).get(entity);
            return value == null ? null : new EntityKey(type.javaType(), List.of(normalize(value)));
        }
        Object[] values = new Object[ids.size()];
        for (int i = 0; i < values.length; i++) {
            Object value = ids.get(i).get(entity);
            if (value == null) {
                return null;
            }
            values[i] = normalize(value);
        }
        return new EntityKey(type.javaType(), List.of(values));
    }

    /** The object held for a (normalised) key; null when there is none. */
    public Object get(EntityKey key) {
        return objects.get(key);
    }

    /** The object of {@code type} held for these key values, in key-attribute order; null when there is none. */
    public <T> T find(EntityType<T> type, List<?> key) {
        Object known = objects.get(key(type.javaType(), key));
        return type.javaType().isInstance(known) ? type.javaType().cast(known) : null;
    }

    /** Holds {@code entity} for {@code key}, replacing what was held. */
    public void put(EntityKey key, Object entity) {
        objects.put(key, entity);
    }

    /** Forgets the object of {@code key}. */
    public void remove(EntityKey key) {
        objects.remove(key);
    }

    /** The number of objects held: one per row the map has met. */
    public int size() {
        return objects.size();
    }

    /** Forgets every key; what is known loaded stays with its objects. */
    public void clearKeys() {
        objects.clear();
    }

    /**
     * The map's object for {@code object}'s row: the one already held, else {@code object} itself, which
     * the map holds from now on (and tells its listener). An object without a key is returned as it is.
     */
    public <T> T canonical(EntityType<?> type, T object) {
        EntityKey key = keyOf(type, object);
        if (key == null) {
            return object;
        }
        Object known = objects.get(key);
        if (known != null) {
            @SuppressWarnings("unchecked")
            T same = (T) known;
            return same;
        }
        objects.put(key, object);
        listener.entered(type, object);
        return object;
    }

    /** {@link #canonical} for objects that are the ones to keep (parents handed to a loader): held unless a row is already. */
    public void register(EntityType<?> type, Collection<?> entities) {
        for (Object entity : entities) {
            canonical(type, entity);
        }
    }

    /**
     * Records that {@code relationship} of {@code owner} holds what the database holds, {@code targets}
     * (passed because a deferred collection that is loading cannot be read yet).
     */
    public void markLoaded(Relationship<?, ?> relationship, Object owner, Collection<?> targets) {
        List<Relationship<?, ?>> partly = partial.isEmpty() ? null : partial.get(owner);
        if (partly != null) {
            partly.remove(relationship); // loaded again: whole, unless the loader says otherwise after this
        }
        List<Relationship<?, ?>> relationships = loaded.computeIfAbsent(owner, o -> new ArrayList<>(2));
        if (!relationships.contains(relationship)) {
            relationships.add(relationship);
        }
        listener.loaded(relationship, owner, targets);
    }

    /**
     * Records that {@code relationship} of {@code owner}, just loaded, holds only the targets some
     * criteria or a per-parent limit selected: not every row that refers to the owner.
     */
    public void markPartial(Relationship<?, ?> relationship, Object owner) {
        List<Relationship<?, ?>> relationships = partial.computeIfAbsent(owner, o -> new ArrayList<>(2));
        if (!relationships.contains(relationship)) {
            relationships.add(relationship);
        }
    }

    /** Whether {@code relationship} of {@code owner} was loaded whole: loaded, and not by criteria or a limit. */
    public boolean isComplete(Relationship<?, ?> relationship, Object owner) {
        List<Relationship<?, ?>> partly = partial.get(owner);
        return isLoaded(relationship, owner) && (partly == null || !partly.contains(relationship));
    }

    /** Whether a loader (or a joined statement) filled {@code relationship} of {@code owner}. */
    public boolean isLoaded(Relationship<?, ?> relationship, Object owner) {
        List<Relationship<?, ?>> relationships = loaded.get(owner);
        return relationships != null && relationships.contains(relationship);
    }
}
