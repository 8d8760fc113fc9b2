package dev.relkit.session;

/**
 * A flush failed. The transaction was rolled back and every object of the session restored as
 * described at {@link RelkitSession#flush()}, so the unit can be corrected and flushed again. The
 * message names the operation, the entity and its key (or {@code new} for an object without one),
 * and the relationship when one was involved; the cause is the original error (often the driver's
 * {@code SQLException}, wrapped by MyBatis).
 */
public class FlushException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What became of the transaction and the session, added by the session once it has dealt with them. */
    private String outcome;

    /**
     * @param message names the operation, entity, key and relationship
     * @param cause   the statement's or the session's original error
     */
    public FlushException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A failure relkit detected itself, with no underlying exception: rows that cannot be ordered by
     * their dependencies, a key that is missing, an update that matched no row.
     */
    public FlushException(String message) {
        super(message);
    }

    void outcome(String text) {
        this.outcome = text;
    }

    @Override
    public String getMessage() {
        return outcome == null ? super.getMessage() : super.getMessage() + " (" + outcome + ")";
    }
}
