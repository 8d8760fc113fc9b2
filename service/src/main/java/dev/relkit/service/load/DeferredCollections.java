package dev.relkit.service.load;

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

    static final class DeferredList<T> extends AbstractList<T> implements Deferred {
        private final Supplier<? extends Collection<T>> loader;
        private final String description;
        private List<T> loaded;

        DeferredList(Supplier<? extends Collection<T>> loader, String description) {
            this.loader = loader;
            this.description = description;
        }

        private List<T> values() {
            if (loaded == null) {
                loaded = new ArrayList<>(loader.get());
            }
            return loaded;
        }

        @Override
        public boolean isLoaded() {
            return loaded != null;
        }

        @Override
        public T get(int index) {
            return values().get(index);
        }

        @Override
        public int size() {
            return values().size();
        }

        @Override
        public T set(int index, T element) {
            return values().set(index, element);
        }

        @Override
        public void add(int index, T element) {
            values().add(index, element);
        }

        @Override
        public T remove(int index) {
            return values().remove(index);
        }

        @Override
        public boolean equals(Object other) {
            return loaded == null ? this == other : loaded.equals(other);
        }

        @Override
        public int hashCode() {
            return loaded == null ? System.identityHashCode(this) : loaded.hashCode();
        }

        @Override
        public String toString() {
            return loaded == null ? "[" + description + "]" : loaded.toString();
        }
    }

    static final class DeferredSet<T> extends AbstractSet<T> implements Deferred {
        private final Supplier<? extends Collection<T>> loader;
        private final String description;
        private Set<T> loaded;

        DeferredSet(Supplier<? extends Collection<T>> loader, String description) {
            this.loader = loader;
            this.description = description;
        }

        private Set<T> values() {
            if (loaded == null) {
                loaded = new LinkedHashSet<>(loader.get());
            }
            return loaded;
        }

        @Override
        public boolean isLoaded() {
            return loaded != null;
        }

        @Override
        public Iterator<T> iterator() {
            return values().iterator();
        }

        @Override
        public int size() {
            return values().size();
        }

        @Override
        public boolean add(T element) {
            return values().add(element);
        }

        @Override
        public boolean equals(Object other) {
            return loaded == null ? this == other : loaded.equals(other);
        }

        @Override
        public int hashCode() {
            return loaded == null ? System.identityHashCode(this) : loaded.hashCode();
        }

        @Override
        public String toString() {
            return loaded == null ? "[" + description + "]" : loaded.toString();
        }
    }

    static final class DeferredMap<K, V> extends AbstractMap<K, V> implements Deferred {
        private final Supplier<? extends Map<K, V>> loader;
        private final String description;
        private Map<K, V> loaded;

        DeferredMap(Supplier<? extends Map<K, V>> loader, String description) {
            this.loader = loader;
            this.description = description;
        }

        private Map<K, V> contents() {
            if (loaded == null) {
                loaded = new LinkedHashMap<>(loader.get());
            }
            return loaded;
        }

        @Override
        public boolean isLoaded() {
            return loaded != null;
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return contents().entrySet();
        }

        @Override
        public V put(K key, V value) {
            return contents().put(key, value);
        }

        @Override
        public boolean equals(Object other) {
            return loaded == null ? this == other : loaded.equals(other);
        }

        @Override
        public int hashCode() {
            return loaded == null ? System.identityHashCode(this) : loaded.hashCode();
        }

        @Override
        public String toString() {
            return loaded == null ? "{" + description + "}" : loaded.toString();
        }
    }
}
