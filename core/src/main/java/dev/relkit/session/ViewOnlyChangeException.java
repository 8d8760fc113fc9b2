package dev.relkit.session;

import dev.relkit.relation.Relationship;

/**
 * A flush found a change to a {@link Relationship#viewOnly() view-only} relationship, which is read
 * but never written: the change must go through the relationship that writes the same rows.
 */
public class ViewOnlyChangeException extends FlushException {

    private final transient Relationship<?, ?> relationship;

    /**
     * @param relationship the view-only relationship whose targets changed
     * @param owner        the owner object's description (entity and key) for the message
     */
    public ViewOnlyChangeException(Relationship<?, ?> relationship, String owner) {
        super(relationship.qualifiedName() + " is view-only, but its targets changed on " + owner
                + ": change the relationship that writes these rows instead");
        this.relationship = relationship;
    }

    /** The view-only relationship; null after the exception was deserialised. */
    public Relationship<?, ?> relationship() {
        return relationship;
    }
}
