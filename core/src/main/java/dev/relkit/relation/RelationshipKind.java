package dev.relkit.relation;

/** The cardinality of a relationship, seen from its owner. */
public enum RelationshipKind {
    /** The owner row holds the foreign key; the target is one object or null. */
    MANY_TO_ONE(false),
    /** The target rows hold the foreign key; the target is a collection. */
    ONE_TO_MANY(true),
    /** The target row holds a unique foreign key; the target is one object or null. */
    ONE_TO_ONE(false),
    /** A link (secondary) table holds both keys; the target is a collection. */
    MANY_TO_MANY(true);

    private final boolean collection;

    RelationshipKind(boolean collection) {
        this.collection = collection;
    }

    /** Whether the owner holds a collection of targets rather than one reference. */
    public boolean isCollection() {
        return collection;
    }
}
