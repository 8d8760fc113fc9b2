package dev.relkit.proxy;

import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The set view of an {@link AssociationProxy}: the distinct targets (by identity) of the owner's
 * association objects, in collection order. Adding a target already held does nothing; removing a
 * target takes out every association object pointing at it.
 */
final class AssociationProxySet<O, A, T> extends AbstractSet<T> {

    private final AssociationProxy<O, A, T> proxy;
    private final O owner;
    private final Function<? super T, ? extends A> creator;

    AssociationProxySet(AssociationProxy<O, A, T> proxy, O owner, Function<? super T, ? extends A> creator) {
        this.proxy = proxy;
        this.owner = owner;
        this.creator = creator;
    }

    private List<T> targets() {
        List<T> distinct = new ArrayList<>();
        for (A association : proxy.associationsOf(owner)) {
            T target = proxy.targetOf(association);
            if (target != null && distinct.stream().noneMatch(known -> known == target)) {
                distinct.add(target);
            }
        }
        return distinct;
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<T> snapshot = targets().iterator();
        return new Iterator<>() {
            private T last;

            @Override
            public boolean hasNext() {
                return snapshot.hasNext();
            }

            @Override
            public T next() {
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
                AssociationProxySet.this.remove(last);
                last = null;
            }
        };
    }

    @Override
    public int size() {
        return targets().size();
    }

    @Override
    public boolean contains(Object target) {
        return !proxy.associationsTo(owner, target).isEmpty();
    }

    @Override
    public boolean add(T target) {
        if (contains(target)) {
            return false;
        }
        proxy.link(owner, target, creator);
        return true;
    }

    @Override
    public boolean remove(Object target) {
        List<A> found = proxy.associationsTo(owner, target);
        found.forEach(association -> proxy.unlink(owner, association));
        return !found.isEmpty();
    }
}
