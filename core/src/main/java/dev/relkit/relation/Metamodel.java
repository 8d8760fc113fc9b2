package dev.relkit.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of relationship declarations, indexed so that services can find a relationship's inverse
 * ({@code backPopulates}) and every relationship an entity owns. Building it checks that each
 * declared inverse exists and points back, so a typo in {@code backPopulates} fails at start-up,
 * naming both sides.
 */
public final class Metamodel {

    private final List<Relationship<?, ?>> relationships;
    private final Map<String, Relationship<?, ?>> byQualifiedName = new HashMap<>();
    /**
     * Each declared relationship's inverse, resolved once: loaders ask for it for every owner they
     * fill. Filled in the constructor and only read afterwards, so shared by threads without a lock.
     */
    private final Map<Relationship<?, ?>, Optional<Relationship<?, ?>>> inverses = new HashMap<>();

    private Metamodel(List<Relationship<?, ?>> relationships) {
        this.relationships = List.copyOf(relationships);
        for (Relationship<?, ?> relationship : this.relationships) {
            if (byQualifiedName.put(key(relationship), relationship) != null) {
                throw new IllegalArgumentException("Relationship " + relationship.qualifiedName() + " is declared twice");
            }
        }
        for (Relationship<?, ?> relationship : this.relationships) {
            relationship.backPopulates().ifPresent(inverseName -> checkInverse(relationship, inverseName));
            inverses.put(relationship, relationship.backPopulates()
                    .map(name -> find(relationship.target().javaType(), name, relationship.owner().javaType())));
        }
    }

    /**
     * Indexes and checks a set of relationship declarations, typically every {@code XxxRelationships.ALL}
     * list of an application concatenated.
     *
     * @param relationships the declarations, in the order {@link #relationships()} returns them
     * @return the immutable metamodel
     * @throws IllegalArgumentException when one owner property is declared twice, or a
     *     {@code backPopulates} names an inverse that is not in the list or does not name this
     *     relationship back; the message names both sides
     */
    public static Metamodel of(List<? extends Relationship<?, ?>> relationships) {
        return new Metamodel(new ArrayList<>(relationships));
    }

    /** Every relationship, in declaration order (immutable). */
    public List<Relationship<?, ?>> relationships() {
        return relationships;
    }

    /** The relationships owned by an entity class, in declaration order. */
    public List<Relationship<?, ?>> relationshipsOf(Class<?> ownerType) {
        return relationships.stream().filter(r -> r.owner().javaType() == ownerType).toList();
    }

    /**
     * The declared inverse of a relationship, if it back-populates one; empty for a relationship that
     * declares no {@code backPopulates}.
     */
    @SuppressWarnings("unchecked")
    public <O, T> Optional<Relationship<T, O>> inverseOf(Relationship<O, T> relationship) {
        Optional<Relationship<?, ?>> declared = inverses.get(relationship);
        if (declared != null) {
            return (Optional<Relationship<T, O>>) (Optional<?>) declared;
        }
        return relationship.backPopulates()
                .map(name -> (Relationship<T, O>) find(relationship.target().javaType(), name, relationship.owner().javaType()));
    }

    /** The relationship {@code name} of {@code owner}; of a generic reference, its type that targets {@code target}. */
    private Relationship<?, ?> find(Class<?> owner, String name, Class<?> target) {
        Relationship<?, ?> typed = byQualifiedName.get(key(owner, name) + "@" + target.getName());
        return typed != null ? typed : byQualifiedName.get(key(owner, name));
    }

    /** A generic reference declares one relationship per type under one name: its types are told apart by target. */
    private static String key(Relationship<?, ?> relationship) {
        String key = key(relationship.owner().javaType(), relationship.name());
        return relationship.typeColumn().isPresent() && relationship.kind() == RelationshipKind.MANY_TO_ONE
                ? key + "@" + relationship.target().javaType().getName() : key;
    }

    private void checkInverse(Relationship<?, ?> relationship, String inverseName) {
        Relationship<?, ?> inverse = find(relationship.target().javaType(), inverseName, relationship.owner().javaType());
        if (inverse == null) {
            throw new IllegalArgumentException(relationship.qualifiedName() + " back-populates "
                    + relationship.target().name() + "." + inverseName + ", which is not declared");
        }
        if (inverse.target().javaType() != relationship.owner().javaType()
                || !inverse.backPopulates().map(relationship.name()::equals).orElse(false)) {
            throw new IllegalArgumentException(relationship.qualifiedName() + " back-populates "
                    + inverse.qualifiedName() + ", but " + inverse.qualifiedName()
                    + " does not back-populate " + relationship.qualifiedName());
        }
    }

    private static String key(Class<?> owner, String name) {
        return owner.getName() + "#" + name;
    }
}
