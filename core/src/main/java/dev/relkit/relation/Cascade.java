package dev.relkit.relation;

/** What a unit-of-work operation on the owner does to the relationship's targets. */
public enum Cascade {
    /** New and changed targets reachable from a saved owner are saved too (the default). */
    SAVE_UPDATE,
    /** Deleting the owner deletes its targets. */
    DELETE,
    /** A target removed from the owner's collection is deleted. */
    DELETE_ORPHAN
}
