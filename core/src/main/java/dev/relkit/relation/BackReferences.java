package dev.relkit.relation;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps both sides of a bidirectional relationship in step in memory, as SQLAlchemy's
 * {@code back_populates} does: {@code employee.department = d} also puts the employee into
 * {@code d.employees} and takes it out of the old department's, and adding to a collection sets
 * the back-reference.
 *
 * <p>When the target already has a key, the owner's foreign-key attributes are set from it too, so
 * an object changed this way is ready to be written. A relationship without a declared inverse is
 * still set on its own side. View-only relationships are rejected.
 *
 * <p>relkit's loaders set the back-references of what they load, but a child loaded by an
 * application's own statement may hold only the foreign key of its current parent. With an {@link IdentityLookup} (a unit of work's identity
 * map, {@code RelkitSession.backReferences()}) the old parent is then found by that key, as
 * SQLAlchemy finds it in its identity map, and the child leaves the old parent's collection too.
 * Without one, only a parent held by reference is updated.
 */
public final class BackReferences {

    /** Finds the object of a row already in memory, without loading it; null when there is none. */
    @FunctionalInterface
    public interface IdentityLookup {
        /**
         * The object of {@code type} with this key, in key-attribute order; null when none is in memory.
         */
        Object find(EntityType<?> type, List<Object> key);
    }

    private final Metamodel metamodel;
    private final IdentityLookup identities;

    /** Back-populates for the relationships of {@code metamodel}; a parent held only by key is not found. */
    public BackReferences(Metamodel metamodel) {
        this(metamodel, null);
    }

    /** Back-populates that find a parent held only by foreign key through {@code identities}. */
    public BackReferences(Metamodel metamodel, IdentityLookup identities) {
        this.metamodel = metamodel;
        this.identities = identities;
    }

    /**
     * Sets a single-valued relationship (many-to-one or one-to-one) and updates the inverse
     * collection or reference of the old and the new target.
     */
    public <O, T> void set(Relationship<O, T> relationship, O owner, T newTarget) {
        requireWritable(relationship);
        T oldTarget = referenceOrKnownByKey(relationship, owner);
        if (oldTarget == newTarget) {
            return;
        }
        relationship.setReference(owner, newTarget);
        copyForeignKey(relationship, owner, newTarget);
        Optional<Relationship<T, O>> inverse = metamodel.inverseOf(relationship);
        if (inverse.isEmpty()) {
            return;
        }
        Relationship<T, O> back = inverse.get();
        if (oldTarget != null) {
            detachInverse(back, oldTarget, owner);
        }
        if (newTarget != null) {
            attachInverse(back, newTarget, owner);
        }
    }

    /** Adds a target to a collection relationship and sets the target's back-reference. */
    public <O, T> void add(Relationship<O, T> relationship, O owner, T target) {
        requireWritable(relationship);
        relationship.collection().add(owner, target);
        metamodel.inverseOf(relationship).ifPresent(back -> {
            if (back.isCollection()) {
                back.collection().add(target, owner);
            } else {
                O previous = referenceOrKnownByKey(back, target);
                if (previous != null && previous != owner) {
                    relationship.collection().remove(previous, target);
                }
                back.setReference(target, owner);
                copyForeignKey(back, target, owner);
            }
        });
    }

    /** Removes a target from a collection relationship and clears the target's back-reference. */
    public <O, T> boolean remove(Relationship<O, T> relationship, O owner, T target) {
        requireWritable(relationship);
        boolean removed = relationship.collection().remove(owner, target);
        if (removed) {
            metamodel.inverseOf(relationship).ifPresent(back -> detachInverse(back, target, owner));
        }
        return removed;
    }

    /**
     * The reference's value; for an unset many-to-one whose foreign key is set, the object of that key
     * the lookup knows (null without a lookup).
     */
    @SuppressWarnings("unchecked")
    private <O, T> T referenceOrKnownByKey(Relationship<O, T> relationship, O owner) {
        T current = relationship.getReference(owner);
        if (current != null || identities == null || relationship.kind() != RelationshipKind.MANY_TO_ONE) {
            return current;
        }
        List<Object> key = new ArrayList<>();
        for (JoinColumns pair : relationship.ownerJoin()) {
            Attribute<O, ?> foreignKey = relationship.owner().attributeFor(pair.left()).orElse(null);
            Object value = foreignKey == null ? null : foreignKey.get(owner);
            if (value == null) {
                return null;
            }
            key.add(value);
        }
        Object known = identities.find(relationship.target(), key);
        return relationship.target().javaType().isInstance(known) ? (T) known : null;
    }

    private <T, O> void attachInverse(Relationship<T, O> back, T target, O owner) {
        if (back.isCollection()) {
            back.collection().add(target, owner);
        } else {
            back.setReference(target, owner);
        }
    }

    private <T, O> void detachInverse(Relationship<T, O> back, T target, O owner) {
        if (back.isCollection()) {
            back.collection().remove(target, owner);
        } else if (back.getReference(target) == owner) {
            back.setReference(target, null);
        }
    }

    /**
     * For a many-to-one, writes the target's key into the owner's foreign-key attributes (or null
     * when the reference is cleared). Other kinds keep their foreign key on the target side, which
     * the inverse many-to-one handles.
     */
    private static <O, T> void copyForeignKey(Relationship<O, T> relationship, O owner, T target) {
        if (relationship.kind() != RelationshipKind.MANY_TO_ONE) {
            return;
        }
        for (JoinColumns pair : relationship.ownerJoin()) {
            Attribute<O, ?> foreignKey = relationship.owner().attributeFor(pair.left()).orElse(null);
            Attribute<T, ?> targetKey = relationship.target().attributeFor(pair.right()).orElse(null);
            if (foreignKey == null || targetKey == null) {
                continue;
            }
            Object value = target == null ? null : targetKey.get(target);
            if (target != null && value == null) {
                continue; // a new target: the unit of work copies its generated key at flush
            }
            setUnchecked(foreignKey, owner, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static <O> void setUnchecked(Attribute<O, ?> attribute, O owner, Object value) {
        ((Attribute<O, Object>) attribute).set(owner, value);
    }

    private static void requireWritable(Relationship<?, ?> relationship) {
        if (relationship.viewOnly()) {
            throw new UnsupportedOperationException(relationship.qualifiedName()
                    + " is view-only: change it through the relationship that writes the same rows");
        }
    }
}
