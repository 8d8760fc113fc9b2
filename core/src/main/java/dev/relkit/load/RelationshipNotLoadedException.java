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
    private final EntityKey ownerKey;

    public RelationshipNotLoadedException(Relationship<?, ?> relationship, EntityKey ownerKey) {
        super(relationship.qualifiedName() + " of " + ownerKey + " is not loaded (strategy RAISE):"
                + " load it with the query, e.g. Loading.selectIn(" + relationship.qualifiedName() + ")");
        this.relationship = relationship;
        this.ownerKey = ownerKey;
    }

    public Relationship<?, ?> relationship() {
        return relationship;
    }

    public EntityKey ownerKey() {
        return ownerKey;
    }
}
