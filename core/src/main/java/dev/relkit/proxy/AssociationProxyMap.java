package dev.relkit.proxy;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The keyed view of an {@link AssociationProxy}: the owner's targets keyed by an attribute of the
 * target. {@code put} re-points the association object of that key or creates one, {@code remove}
 * takes out the association objects of that key. The first association object of a key wins.
 */
final class AssociationProxyMap<O, A, K, T> extends AbstractMap<K, T> {

    private final AssociationProxy<O, A, T> proxy;
    private final O owner;
    private final Function<? super T, ? extends K> keyOf;
    private final Function<? super T, ? extends A> creator;

    AssociationProxyMap(AssociationProxy<O, A, T> proxy, O owner, Function<? super T, ? extends K> keyOf,
                        Function<? super T, ? extends A> creator) {
        this.proxy = proxy;
        this.owner = owner;
        this.keyOf = keyOf;
        this.creator = creator;
    }

    /** Key -> first association object of that key, in collection order. */
    private Map<K, A> byKey() {
        Map<K, A> byKey = new LinkedHashMap<>();
        for (A association : proxy.associationsOf(owner)) {
            T target = proxy.targetOf(association);
            if (target != null) {
                byKey.putIfAbsent(keyOf.apply(target), association);
            }
        }
        return byKey;
    }

    @Override
    public T get(Object key) {
        A association = byKey().get(key);
        return association == null ? null : proxy.targetOf(association);
    }

    @Override
    public boolean containsKey(Object key) {
        return byKey().containsKey(key);
    }

    @Override
    public T put(K key, T target) {
        Objects.requireNonNull(target, () -> proxy.name() + ": a proxied map holds no null target (remove the key instead)");
        K actual = keyOf.apply(target);
        if (!Objects.equals(actual, key)) {
            throw new IllegalArgumentException(proxy.name() + ": cannot put " + target + " under the key '" + key
                    + "', its key is '" + actual + "'");
        }
        A association = byKey().get(key);
        if (association == null) {
            proxy.link(owner, target, creator);
            return null;
        }
        T previous = proxy.targetOf(association);
        if (previous != target) {
            proxy.retarget(association, target);
        }
        return previous;
    }

    @Override
    public T remove(Object key) {
        T first = null;
        for (A association : new ArrayList<>(proxy.associationsOf(owner))) {
            T target = proxy.targetOf(association);
            if (target != null && Objects.equals(keyOf.apply(target), key)) {
                first = first == null ? target : first;
                proxy.unlink(owner, association);
            }
        }
        return first;
    }

    @Override
    public Set<Entry<K, T>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<K, T>> iterator() {
                List<Entry<K, T>> entries = new ArrayList<>();
                byKey().forEach((key, association) -> entries.add(new ProxyEntry(key, proxy.targetOf(association))));
                Iterator<Entry<K, T>> snapshot = entries.iterator();
                return new Iterator<>() {
                    private Entry<K, T> last;

                    @Override
                    public boolean hasNext() {
                        return snapshot.hasNext();
                    }

                    @Override
                    public Entry<K, T> next() {
                        if (!snapshot.hasNext()) {
                            throw new NoSuchElementException();
                        }
                        last = snapshot.next();
                        return last;
                    }

                    @Override
                    public void remove() {
                        if (last == null) {
                            throw new IllegalStateException("next() has not been called");
                        }
                        AssociationProxyMap.this.remove(last.getKey());
                        last = null;
                    }
                };
            }

            @Override
            public int size() {
                return byKey().size();
            }
        };
    }

    /** An entry whose {@code setValue} writes through {@link #put}. */
    private final class ProxyEntry extends SimpleEntry<K, T> {
        ProxyEntry(K key, T target) {
            super(key, target);
        }

        @Override
        public T setValue(T target) {
            T previous = put(getKey(), target);
            super.setValue(target);
            return previous;
        }
    }
}
