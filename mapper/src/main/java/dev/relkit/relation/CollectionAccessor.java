package dev.relkit.relation;

import java.util.Collection;
import java.util.Map;
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
    enum Shape { LIST, SET, KEYED_MAP }

    Shape shape();

    /** The current targets, in the collection's own order; a live view where the collection allows. */
    Collection<T> values(O owner);

    /** Adds a target (for a keyed map, under its key); does nothing when it is already present. */
    void add(O owner, T target);

    /** Removes a target; returns whether it was present. */
    boolean remove(O owner, T target);

    /** Empties the collection. */
    void clear(O owner);

    static <O, T> CollectionAccessor<O, T> ofCollection(Shape shape, Function<O, ? extends Collection<T>> getter) {
        return new Plain<>(shape, getter);
    }

    static <O, K, T> CollectionAccessor<O, T> ofMap(Function<O, Map<K, T>> getter, Function<T, K> keyOf) {
        return new Keyed<>(getter, keyOf);
    }

    /** A {@code List} or {@code Set} property. */
    record Plain<O, T>(Shape shape, Function<O, ? extends Collection<T>> getter) implements CollectionAccessor<O, T> {
        @Override
        public Collection<T> values(O owner) {
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
    }

    /** A {@code Map} property keyed by an attribute of the target (SQLAlchemy's attribute_keyed_dict). */
    record Keyed<O, K, T>(Function<O, Map<K, T>> getter, Function<T, K> keyOf) implements CollectionAccessor<O, T> {
        @Override
        public Shape shape() {
            return Shape.KEYED_MAP;
        }

        @Override
        public Collection<T> values(O owner) {
            return getter.apply(owner).values();
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
    }
}
