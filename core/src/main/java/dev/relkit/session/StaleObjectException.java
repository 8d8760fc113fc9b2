package dev.relkit.session;

import java.util.List;

/**
 * Optimistic locking found that another writer got to a row first: the row's version is no longer the
 * one this unit of work loaded (or the row is gone), so its {@code UPDATE} or {@code DELETE} would have
 * overwritten a change it never saw. Nothing was overwritten; as after any failed flush, the
 * transaction is rolled back and the session restored, so the application can reload the row and
 * decide again.
 */
public class StaleObjectException extends FlushException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final List<Object> key;
    private final Object expectedVersion;
    private final Object actualVersion;

    StaleObjectException(String operation, String entity, List<Object> key, Object expectedVersion, Object actualVersion) {
        super(operation + " of " + entity + "#" + (key.size() == 1 ? key.get(0) : key) + " expected version "
                + expectedVersion + ", but the row " + (actualVersion == null ? "no longer exists"
                : "is at version " + actualVersion) + ": another writer changed it first, nothing was overwritten");
        this.entity = entity;
        this.key = List.copyOf(key);
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String entity() {
        return entity;
    }

    public List<Object> key() {
        return key;
    }

    public Object expectedVersion() {
        return expectedVersion;
    }

    /** The row's version now, or null when the row was deleted. */
    public Object actualVersion() {
        return actualVersion;
    }
}
