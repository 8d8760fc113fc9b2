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

    /**
     * The kind of the inverse side, as {@code Relationship.Builder.withInverse} derives it: many-to-one
     * and one-to-one answer each other, one-to-many answers many-to-one, many-to-many answers itself.
     * A many-to-one's inverse is one-to-many unless it declares a reference (then one-to-one), which
     * this method cannot know and {@code withInverse} decides.
     */
    public RelationshipKind inverse() {
        return switch (this) {
            case MANY_TO_ONE -> ONE_TO_MANY;
            case ONE_TO_MANY, ONE_TO_ONE -> MANY_TO_ONE;
            case MANY_TO_MANY -> MANY_TO_MANY;
        };
    }
}
