package dev.relkit.load;

import dev.relkit.relation.EntityKey;
import dev.relkit.relation.Relationship;

/**
 * A lazily loaded relationship was touched after the session that loaded its owner was closed
 * (Hibernate's LazyInitializationException, SQLAlchemy's DetachedInstanceError). The message names
 * the entity class, the relationship and the owner's key.
 */
public class DetachedInstanceException extends IllegalStateException {

    /**
     * @param relationship the lazily loaded relationship that was touched
     * @param ownerKey     the key of the object that holds it
     * @param cause        what the closed session threw when asked to load
     */
    public DetachedInstanceException(Relationship<?, ?> relationship, EntityKey ownerKey, Throwable cause) {
        super(relationship.qualifiedName() + " of " + ownerKey + " cannot be loaded lazily: the session that loaded "
                + ownerKey + " is closed (load the relationship with the query, or touch it before closing the session)",
                cause);
    }
}
