package dev.relkit.relation;

import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Reads and changes the collection side of a relationship on an owner object. Lists, sets and keyed
 * maps all look the same to loaders, cascades and back-reference synchronisation through this
 * interface.
 *
 * @param <O> the owner type
 * @param <T> the element (target) type
 */
public sealed interface CollectionAccessor<O, T> {

    /** The kind of Java collection that holds the targets. */
    enum Shape {
        /** A {@code java.util.List}: targets in order, each object once. */
        LIST,
        /** A {@code java.util.Set}. */
        SET,
        /** A {@code java.util.Map} keyed by an attribute of the target. */
        KEYED_MAP
    }

    /** The shape the relationship declared ({@code list}, {@code set} or {@code keyedMap}). */
    Shape shape();

    /** The current targets, in the collection's own order; a live view where the collection allows. */
    Collection<T> values(O owner);

    /** The property's collection object itself ({@code List}, {@code Set} or {@code Map}), untouched. */
    Object container(O owner);

    /** Adds a target (for a keyed map, under its key); does nothing when it is already present. */
    void add(O owner, T target);

    /** Removes a target; returns whether it was present. */
    boolean remove(O owner, T target);

    /** Empties the collection. */
    void clear(O owner);

    /** Whether the property has a setter, so a loader can install a lazy or raising collection in it. */
    boolean replaceable();

    /**
     * Replaces the property's collection object: a {@code List}, {@code Set} or {@code Map} according to
     * {@link #shape()}.
     *
     * @throws UnsupportedOperationException when the relationship declared no setter
     */
    void replace(O owner, Object collection);

    /**
     * The accessor of a {@code List} or {@code Set} property; used by {@link Relationship.Builder#list}
     * and {@link Relationship.Builder#set}.
     *
     * @param setter the property's setter, or {@code null} when it has none
     */
    static <O, T> CollectionAccessor<O, T> ofCollection(Shape shape, Function<O, ? extends Collection<T>> getter,
                                                        BiConsumer<O, ?> setter) {
        return new Plain<>(shape, getter, setter);
    }

    /**
     * The accessor of a {@code Map} property keyed by {@code keyOf} of each target; used by
     * {@link Relationship.Builder#keyedMap}.
     *
     * @param setter the property's setter, or {@code null} when it has none
     */
    static <O, K, T> CollectionAccessor<O, T> ofMap(Function<O, Map<K, T>> getter, BiConsumer<O, Map<K, T>> setter,
                                                    Function<T, K> keyOf) {
        return new Keyed<>(getter, setter, keyOf);
    }

    @SuppressWarnings("unchecked")
    private static <O> void set(BiConsumer<O, ?> setter, O owner, Object value, Shape shape) {
        if (setter == null) {
            throw new UnsupportedOperationException("the " + shape + " property has no setter declared");
        }
        ((BiConsumer<O, Object>) setter).accept(owner, value);
    }

    /** A {@code List} or {@code Set} property. */
    record Plain<O, T>(Shape shape, Function<O, ? extends Collection<T>> getter, BiConsumer<O, ?> setter)
            implements CollectionAccessor<O, T> {
        @Override
        public Collection<T> values(O owner) {
            return getter.apply(owner);
        }

        @Override
        public Object container(O owner) {
            return getter.apply(owner);
        }

        @Override
        public void add(O owner, T target) {
            Collection<T> values = getter.apply(owner);
            // identity, not equals(): the unit of work keeps one object per row
            for (T existing : values) {
                if (existing == target) {
                    return;
                }
            }
            values.add(target);
        }

        @Override
        public boolean remove(O owner, T target) {
            return getter.apply(owner).removeIf(existing -> existing == target);
        }

        @Override
        public void clear(O owner) {
            getter.apply(owner).clear();
        }

        @Override
        public boolean replaceable() {
            return setter != null;
        }

        @Override
        public void replace(O owner, Object collection) {
            set(setter, owner, collection, shape);
        }
    }

    /** A {@code Map} property keyed by an attribute of the target (SQLAlchemy's attribute_keyed_dict). */
    record Keyed<O, K, T>(Function<O, Map<K, T>> getter, BiConsumer<O, Map<K, T>> setter, Function<T, K> keyOf)
            implements CollectionAccessor<O, T> {
        @Override
        public Shape shape() {
            return Shape.KEYED_MAP;
        }

        @Override
        public Collection<T> values(O owner) {
            return getter.apply(owner).values();
        }

        @Override
        public Object container(O owner) {
            return getter.apply(owner);
        }

        @Override
        public void add(O owner, T target) {
            getter.apply(owner).put(keyOf.apply(target), target);
        }

        @Override
        public boolean remove(O owner, T target) {
            return getter.apply(owner).values().removeIf(existing -> existing == target);
        }

        @Override
        public void clear(O owner) {
            getter.apply(owner).clear();
        }

        @Override
        public boolean replaceable() {
            return setter != null;
        }

        @Override
        public void replace(O owner, Object collection) {
            set(setter, owner, collection, Shape.KEYED_MAP);
        }
    }
}
