package dev.relkit.load;

import dev.relkit.relation.CollectionAccessor;
import dev.relkit.relation.IdentityMap;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Sets the declared inverse ({@code backPopulates}) of what a loader strategy just loaded, as
 * SQLAlchemy fills the other side from its identity map: after {@code department.employees} is loaded,
 * every employee's {@code department} is that department; after {@code employee.department} is loaded,
 * the employee is in {@code department.employees} when that collection is already loaded (a collection
 * not loaded is left alone: adding one object would make it look complete).
 */
final class InverseLinker {

    private final Metamodel metamodel;
    private final IdentityMap identities;

    InverseLinker(Metamodel metamodel, IdentityMap identities) {
        this.metamodel = metamodel;
        this.identities = identities;
    }

    /**
     * A strategy loaded {@code relationship} of {@code owner} with {@code targets}: the identity map records
     * it as loaded (complete), and each target's inverse gets {@code owner} ({@link #link}).
     */
    void loaded(Relationship<?, ?> relationship, Object owner, Collection<?> targets) {
        identities.markLoaded(relationship, owner, targets);
        link(relationship, owner, targets);
    }

    /** {@code relationship} of {@code owner} now holds {@code targets}: each target's inverse gets {@code owner}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void link(Relationship relationship, Object owner, Collection<?> targets) {
        Optional<Relationship<Object, Object>> found = metamodel.inverseOf(relationship);
        if (found.isEmpty() || targets.isEmpty()) {
            return;
        }
        Relationship<Object, Object> inverse = found.get();
        for (Object target : targets) {
            if (target == null || !inverse.owner().javaType().isInstance(target)) {
                continue;
            }
            if (!inverse.isCollection()) {
                if (inverse.getReference(target) != owner) {
                    inverse.setReference(target, owner);
                }
                identities.markLoaded(inverse, target, List.of(owner));
                continue;
            }
            CollectionAccessor accessor = inverse.collection();
            Object current = accessor.values(target);
            if (current == null || LoadState.isUnloaded(current) || !identities.isLoaded(inverse, target)) {
                continue;
            }
            if (!containsIdentity(inverse.targetsOf(target), owner)) {
                accessor.add(target, owner);
                identities.markLoaded(inverse, target, inverse.targetsOf(target));
            }
        }
    }

    private static boolean containsIdentity(Collection<?> values, Object wanted) {
        for (Object value : values) {
            if (value == wanted) {
                return true;
            }
        }
        return false;
    }
}
