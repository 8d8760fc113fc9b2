package dev.relkit.proxy;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Function;

/**
 * The positional view of an {@link AssociationProxy}: element {@code i} is the target of the owner's
 * {@code i}-th association object. Adding creates an association object at that position, removing
 * takes the association object out, {@code set(i, t)} points the existing association object at
 * {@code t}.
 */
final class AssociationProxyList<O, A, T> extends AbstractList<T> {

    private final AssociationProxy<O, A, T> proxy;
    private final O owner;
    private final Function<? super T, ? extends A> creator;

    AssociationProxyList(AssociationProxy<O, A, T> proxy, O owner, Function<? super T, ? extends A> creator) {
        this.proxy = proxy;
        this.owner = owner;
        this.creator = creator;
    }

    private List<A> associations() {
        return (List<A>) proxy.associationsOf(owner);
    }

    @Override
    public T get(int index) {
        return proxy.targetOf(associations().get(index));
    }

    @Override
    public int size() {
        return associations().size();
    }

    @Override
    public T set(int index, T target) {
        A association = associations().get(index);
        T previous = proxy.targetOf(association);
        proxy.retarget(association, target);
        return previous;
    }

    @Override
    public void add(int index, T target) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for " + proxy.name() + " of size " + size());
        }
        A association = proxy.link(owner, target, creator);
        List<A> associations = associations();
        if (associations.get(associations.size() - 1) == association && index != associations.size() - 1) {
            associations.remove(associations.size() - 1);
            associations.add(index, association);
        }
        modCount++;
    }

    @Override
    public T remove(int index) {
        A association = associations().get(index);
        T target = proxy.targetOf(association);
        proxy.unlink(owner, association);
        modCount++;
        return target;
    }

    @Override
    public int indexOf(Object target) {
        List<A> associations = associations();
        for (int i = 0; i < associations.size(); i++) {
            if (proxy.targetOf(associations.get(i)) == target) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object target) {
        List<A> associations = associations();
        for (int i = associations.size() - 1; i >= 0; i--) {
            if (proxy.targetOf(associations.get(i)) == target) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean contains(Object target) {
        return indexOf(target) >= 0;
    }
}
