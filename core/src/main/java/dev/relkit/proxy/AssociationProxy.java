package dev.relkit.proxy;

import dev.relkit.relation.CollectionAccessor;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.BackReferences;
import dev.relkit.load.LoadState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * SQLAlchemy's {@code association_proxy}: a live view of the targets an owner reaches through a
 * collection of association objects, declared once from two relationships and a creator.
 *
 * <pre>{@code
 * AssociationProxy<Order, OrderItem, Item> items = AssociationProxy
 *         .of(ORDER_ITEMS, ORDER_ITEM_ITEM, item -> new OrderItem(1, item.getPrice()))
 *         .backPopulating(Metamodel.of(OrderRelationships.ALL));
 * List<Item> view = items.list(order);   // reads order.getOrderItems() -> OrderItem.getItem()
 * view.add(mug);                         // a new OrderItem(1, 12.50) pointing at the mug, in order.getOrderItems()
 * view.remove(mug);                      // its OrderItem leaves order.getOrderItems()
 * }</pre>
 *
 * <p><b>Live.</b> A view holds no state of its own: every read goes to the owner's association
 * collection ({@code associations}) and each association object's reference to its target
 * ({@code value}); every change is a change of that collection. The unit of work therefore sees the
 * association objects themselves: an added one is inserted by the save-update cascade of the
 * collection, a removed one is deleted by its delete-orphan cascade (or its foreign key cleared when
 * the collection declares no delete-orphan).
 *
 * <p><b>Shapes.</b> {@link #list} is positional over a {@code List} collection of association objects
 * ({@code set(i, t)} points the i-th association object at another target, as SQLAlchemy's proxied
 * list does); {@link #set} holds each target once; {@link #keyedMap} keys the targets by one of their
 * attributes (books by title). All compare targets by identity, the unit of work's one object per row.
 *
 * <p><b>Both ends.</b> With {@link #backPopulating(Metamodel)} an added association object also gets its
 * back-reference to the owner ({@code OrderItem.order}) and joins the target's inverse collection
 * ({@code Book.authorLinks}) when one is declared; a removed one leaves both collections (a target's
 * collection still deferred by a loader is not touched) but keeps its reference to the target, so the
 * row it was stays identifiable for the flush. Without a metamodel only the owner's collection and
 * the association object's target reference are set.
 *
 * @param <O> the owner ({@code Order})
 * @param <A> the association object ({@code OrderItem})
 * @param <T> the proxied target ({@code Item})
 */
public final class AssociationProxy<O, A, T> {

    private final Relationship<O, A> associations;
    private final Relationship<A, T> value;
    private final Function<? super T, ? extends A> creator;
    private final Metamodel metamodel;
    private final BackReferences backReferences;

    private AssociationProxy(Relationship<O, A> associations, Relationship<A, T> value,
                             Function<? super T, ? extends A> creator, Metamodel metamodel) {
        this.associations = associations;
        this.value = value;
        this.creator = creator;
        this.metamodel = metamodel;
        this.backReferences = metamodel == null ? null : new BackReferences(metamodel);
    }

    /**
     * A proxy over {@code associations} (a collection of association objects on the owner) and
     * {@code value} (each association object's reference to its target).
     *
     * @param creator makes the association object for a target added through a view (it need not set
     *                the target: the proxy does)
     * @throws IllegalArgumentException when {@code associations} is not a collection, {@code value} not a
     *                                  reference, or {@code value} is not owned by the association entity
     */
    public static <O, A, T> AssociationProxy<O, A, T> of(Relationship<O, A> associations, Relationship<A, T> value,
                                                         Function<? super T, ? extends A> creator) {
        Objects.requireNonNull(associations, "associations");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(creator, "creator of the proxy over " + associations.qualifiedName());
        if (!associations.isCollection()) {
            throw new IllegalArgumentException("An association proxy reads a collection of association objects, but "
                    + associations.qualifiedName() + " is a " + associations.kind() + " reference");
        }
        if (value.isCollection()) {
            throw new IllegalArgumentException("An association proxy reads one target per association object, but "
                    + value.qualifiedName() + " is a " + value.kind() + " collection");
        }
        if (value.owner().javaType() != associations.target().javaType()) {
            throw new IllegalArgumentException("The proxy over " + associations.qualifiedName() + " holds "
                    + associations.target().name() + " objects, but " + value.qualifiedName() + " belongs to "
                    + value.owner().name());
        }
        return new AssociationProxy<>(associations, value, creator, null);
    }

    /** The same proxy, keeping both sides of the declared back-populates pairs in step (see the class comment). */
    public AssociationProxy<O, A, T> backPopulating(Metamodel metamodel) {
        return new AssociationProxy<>(associations, value, creator, Objects.requireNonNull(metamodel, "metamodel"));
    }

    /** {@code Order.orderItems.item}: the path the proxy reads, as used in messages. */
    public String name() {
        return associations.qualifiedName() + "." + value.name();
    }

    /** The owner's collection of association objects ({@code Order.orderItems}). */
    public Relationship<O, A> associations() {
        return associations;
    }

    /** The association object's reference to the target ({@code OrderItem.item}). */
    public Relationship<A, T> value() {
        return value;
    }

    /**
     * A live {@code List} of the owner's targets, in the order of its association collection.
     *
     * @throws IllegalArgumentException when the association collection is not a {@code List}
     */
    public List<T> list(O owner) {
        return list(owner, creator);
    }

    /** {@link #list(Object)} with another creator for this view (an order line at a discount, a link in another role). */
    public List<T> list(O owner, Function<? super T, ? extends A> viewCreator) {
        if (associations.collection().shape() != CollectionAccessor.Shape.LIST) {
            throw new IllegalArgumentException(name() + ": a list view needs a List of association objects, but "
                    + associations.qualifiedName() + " is a " + associations.collection().shape());
        }
        return new AssociationProxyList<>(this, requireOwner(owner), Objects.requireNonNull(viewCreator, "creator"));
    }

    /** A live {@code Set} of the owner's targets (each once, by identity), in the association collection's order. */
    public Set<T> set(O owner) {
        return set(owner, creator);
    }

    /** {@link #set(Object)} with another creator for this view. */
    public Set<T> set(O owner, Function<? super T, ? extends A> viewCreator) {
        return new AssociationProxySet<>(this, requireOwner(owner), Objects.requireNonNull(viewCreator, "creator"));
    }

    /**
     * A live {@code Map} of the owner's targets keyed by {@code keyOf} (books by title). {@code put(k, t)}
     * points the association object of key {@code k} at {@code t}, or creates one; {@code remove(k)}
     * removes it. When two targets share a key, the first association object wins.
     */
    public <K> Map<K, T> keyedMap(O owner, Function<? super T, ? extends K> keyOf) {
        return keyedMap(owner, keyOf, creator);
    }

    /** {@link #keyedMap(Object, Function)} with another creator for this view. */
    public <K> Map<K, T> keyedMap(O owner, Function<? super T, ? extends K> keyOf, Function<? super T, ? extends A> viewCreator) {
        return new AssociationProxyMap<>(this, requireOwner(owner), Objects.requireNonNull(keyOf, "keyOf"),
                Objects.requireNonNull(viewCreator, "creator"));
    }

    /** The first association object of the owner that points at {@code target} (by identity). */
    public Optional<A> associationOf(O owner, T target) {
        for (A association : associationsOf(owner)) {
            if (targetOf(association) == target) {
                return Optional.of(association);
            }
        }
        return Optional.empty();
    }

    // ---- operations shared by the views ----

    Collection<A> associationsOf(O owner) {
        return associations.collection().values(owner);
    }

    T targetOf(A association) {
        return association == null ? null : value.getReference(association);
    }

    /** Creates the association object for {@code target}, points it at the target and adds it to the owner's collection. */
    A link(O owner, T target, Function<? super T, ? extends A> viewCreator) {
        requireWritable();
        Objects.requireNonNull(target, () -> name() + ": a proxied collection holds no null target");
        A association = viewCreator.apply(target);
        if (association == null) {
            throw new IllegalStateException(name() + ": the creator returned null for " + target);
        }
        retarget(association, target);
        if (backReferences != null) {
            backReferences.add(associations, owner, association);
        } else {
            associations.collection().add(owner, association);
        }
        return association;
    }

    /** Points an association object at another target (its inverse collections follow with a metamodel). */
    void retarget(A association, T target) {
        requireWritable();
        if (backReferences != null) {
            backReferences.set(value, association, target);
        } else {
            value.setReference(association, target);
        }
    }

    /** Takes an association object out of the owner's collection and, with a metamodel, out of its target's. */
    void unlink(O owner, A association) {
        requireWritable();
        if (backReferences == null) {
            associations.collection().remove(owner, association);
            return;
        }
        backReferences.remove(associations, owner, association);
        T target = targetOf(association);
        Optional<Relationship<T, A>> inverse = metamodel.inverseOf(value);
        if (target != null && inverse.isPresent() && inverse.get().isCollection()) {
            Collection<A> held = inverse.get().collection().values(target);
            if (held != null && !LoadState.isUnloaded(held)) {
                inverse.get().collection().remove(target, association);
            }
        }
    }

    /** The association objects of the owner pointing at {@code target}, in collection order. */
    List<A> associationsTo(O owner, Object target) {
        List<A> found = new ArrayList<>();
        for (A association : associationsOf(owner)) {
            if (targetOf(association) == target) {
                found.add(association);
            }
        }
        return found;
    }

    private void requireWritable() {
        if (associations.viewOnly()) {
            throw new UnsupportedOperationException(name() + " is read-only: " + associations.qualifiedName()
                    + " is view-only, change the rows through the relationship that writes them");
        }
    }

    private O requireOwner(O owner) {
        return Objects.requireNonNull(owner, () -> name() + ": the owner of a proxied collection is null");
    }

    @Override
    public String toString() {
        return "AssociationProxy{" + name() + " -> " + value.target().name() + "}";
    }
}
