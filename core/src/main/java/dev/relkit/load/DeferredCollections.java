package dev.relkit.load;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collections installed in a relationship property by the {@code lazy} and {@code raise}
 * strategies: their contents come from a supplier on first use (which loads, or throws).
 *
 * <p>Before that, {@code toString} describes the collection without loading, and {@code equals} /
 * {@code hashCode} are those of the object (not of its contents), so printing an entity, putting it
 * in a hash set or a debugger's variable view never runs SQL by surprise. After the first real use
 * they behave as the loaded {@code ArrayList}, {@code LinkedHashSet} or {@code LinkedHashMap}.
 */
final class DeferredCollections {

    private DeferredCollections() {
    }

    /** Whether a property value is a deferred collection that has not loaded yet. */
    static boolean isUnloaded(Object value) {
        return value instanceof Deferred deferred && !deferred.isLoaded();
    }

    interface Deferred {
        boolean isLoaded();
    }

    /**
     * What the three shapes share: the supplier, the description shown before loading, and the
     * loaded copy. Equality and hash code are the holder's identity until the contents are loaded.
     */
    private static final class Contents<C> {
        private final Supplier<? extends C> loader;
        /** Built only when the collection is printed before loading: a lazy load makes one per owner. */
        private final Supplier<String> description;
        private C loaded;

        Contents(Supplier<? extends C> loader, Supplier<String> description) {
            this.loader = loader;
            this.description = description;
        }

        C get() {
            if (loaded == null) {
                loaded = loader.get();
            }
            return loaded;
        }

        boolean isLoaded() {
            return loaded != null;
        }

        boolean equalsFor(Object self, Object other) {
            return loaded == null ? self == other : loaded.equals(other);
        }

        int hashCodeFor(Object self) {
            return loaded == null ? System.identityHashCode(self) : loaded.hashCode();
        }

        String describe(String open, String close) {
            return loaded == null ? open + description.get() + close : loaded.toString();
        }
    }

    static final class DeferredList<T> extends AbstractList<T> implements Deferred {
        private final Contents<List<T>> contents;

        DeferredList(Supplier<? extends Collection<T>> loader, Supplier<String> description) {
            this.contents = new Contents<>(() -> new ArrayList<>(loader.get()), description);
        }

        @Override
        public boolean isLoaded() {
            return contents.isLoaded();
        }

        @Override
        public T get(int index) {
            return contents.get().get(index);
        }

        @Override
        public int size() {
            return contents.get().size();
        }

        @Override
        public T set(int index, T element) {
            return contents.get().set(index, element);
        }

        @Override
        public void add(int index, T element) {
            contents.get().add(index, element);
        }

        @Override
        public T remove(int index) {
            return contents.get().remove(index);
        }

        @Override
        public boolean equals(Object other) {
            return contents.equalsFor(this, other);
        }

        @Override
        public int hashCode() {
            return contents.hashCodeFor(this);
        }

        @Override
        public String toString() {
            return contents.describe("[", "]");
        }
    }

    static final class DeferredSet<T> extends AbstractSet<T> implements Deferred {
        private final Contents<Set<T>> contents;

        DeferredSet(Supplier<? extends Collection<T>> loader, Supplier<String> description) {
            this.contents = new Contents<>(() -> new LinkedHashSet<>(loader.get()), description);
        }

        @Override
        public boolean isLoaded() {
            return contents.isLoaded();
        }

        @Override
        public Iterator<T> iterator() {
            return contents.get().iterator();
        }

        @Override
        public int size() {
            return contents.get().size();
        }

        @Override
        public boolean add(T element) {
            return contents.get().add(element);
        }

        @Override
        public boolean equals(Object other) {
            return contents.equalsFor(this, other);
        }

        @Override
        public int hashCode() {
            return contents.hashCodeFor(this);
        }

        @Override
        public String toString() {
            return contents.describe("[", "]");
        }
    }

    static final class DeferredMap<K, V> extends AbstractMap<K, V> implements Deferred {
        private final Contents<Map<K, V>> contents;

        DeferredMap(Supplier<? extends Map<K, V>> loader, Supplier<String> description) {
            this.contents = new Contents<>(() -> new LinkedHashMap<>(loader.get()), description);
        }

        @Override
        public boolean isLoaded() {
            return contents.isLoaded();
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return contents.get().entrySet();
        }

        @Override
        public V put(K key, V value) {
            return contents.get().put(key, value);
        }

        @Override
        public boolean equals(Object other) {
            return contents.equalsFor(this, other);
        }

        @Override
        public int hashCode() {
            return contents.hashCodeFor(this);
        }

        @Override
        public String toString() {
            return contents.describe("{", "}");
        }
    }
}
