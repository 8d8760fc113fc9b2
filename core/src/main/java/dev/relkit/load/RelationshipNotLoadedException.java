package dev.relkit.load;

import dev.relkit.relation.EntityKey;
import dev.relkit.relation.Relationship;

/**
 * A relationship loaded with the {@code raise} strategy was touched: an accidental lazy load (the
 * first of an N+1) fails loudly instead of running SQL. The message names the entity class, the
 * relationship and the owner's key.
 */
public class RelationshipNotLoadedException extends IllegalStateException {

    private final transient Relationship<?, ?> relationship;
    /** The key of the object whose relationship was touched. */
    private final EntityKey ownerKey;

    /**
     * @param relationship the relationship loaded with {@code raise}
     * @param ownerKey     the key of the object that holds it
     */
    public RelationshipNotLoadedException(Relationship<?, ?> relationship, EntityKey ownerKey) {
        super(relationship.qualifiedName() + " of " + ownerKey + " is not loaded (strategy RAISE):"
                + " load it with the query, e.g. Loading.selectIn(" + relationship.qualifiedName() + ")");
        this.relationship = relationship;
        this.ownerKey = ownerKey;
    }

    /** The relationship that was touched; null after the exception was deserialised. */
    public Relationship<?, ?> relationship() {
        return relationship;
    }

    /** The key of the object whose relationship was touched. */
    public EntityKey ownerKey() {
        return ownerKey;
    }
}
