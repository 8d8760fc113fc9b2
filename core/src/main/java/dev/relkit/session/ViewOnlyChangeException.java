package dev.relkit.session;

import dev.relkit.relation.Relationship;

/**
 * A flush found a change to a {@link Relationship#viewOnly() view-only} relationship, which is read
 * but never written: the change must go through the relationship that writes the same rows.
 */
public class ViewOnlyChangeException extends FlushException {

    private final transient Relationship<?, ?> relationship;

    public ViewOnlyChangeException(Relationship<?, ?> relationship, String owner) {
        super(relationship.qualifiedName() + " is view-only, but its targets changed on " + owner
                + ": change the relationship that writes these rows instead");
        this.relationship = relationship;
    }

    public Relationship<?, ?> relationship() {
        return relationship;
    }
}
