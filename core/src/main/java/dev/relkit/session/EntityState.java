package dev.relkit.session;

/** Where an object stands in a {@link RelkitSession}, after SQLAlchemy's object states. */
public enum EntityState {
    /** Added to the session, not yet inserted: the next flush inserts it. */
    NEW,
    /** Has a row: loaded through the session or inserted by a flush; a flush updates what changed. */
    PERSISTENT,
    /** Marked for deletion: the next flush deletes its row, after which it leaves the session. */
    DELETED,
    /** Not in this session (never added, deleted by a flush, or the session was cleared). */
    DETACHED
}
