package dev.relkit.session;

/**
 * The database transaction of a unit of work is gone (a deadlock, a lock wait timeout, a broken
 * connection, a failed COMMIT), so nothing the unit wrote in it exists. Before throwing, the
 * {@link RelkitSession} restored every object the transaction touched to its state before the
 * transaction (inserted objects are NEW again, without their generated ids), and it refuses further
 * use until {@link RelkitSession#rollback()} is called. The remedy is to run the whole unit of work
 * again in a new transaction, which {@link dev.relkit.Relkit#inTransaction} does.
 */
public class TransactionRolledBackException extends FlushException {

    private static final long serialVersionUID = 1L;

    private final DatabaseFailure scope;
    private final boolean commitOutcomeUnknown;

    public TransactionRolledBackException(String message, DatabaseFailure scope, boolean commitOutcomeUnknown, Throwable cause) {
        super(message, cause);
        this.scope = scope;
        this.commitOutcomeUnknown = commitOutcomeUnknown;
    }

    /**
     * True when the connection broke during COMMIT: the database may have committed, so running the
     * unit again could write it twice; read what is there first. Never retried by
     * {@link dev.relkit.Relkit#inTransaction}.
     */
    public boolean commitOutcomeUnknown() {
        return commitOutcomeUnknown;
    }

    /** {@link DatabaseFailure#TRANSACTION} or {@link DatabaseFailure#CONNECTION}. */
    public DatabaseFailure scope() {
        return scope;
    }
}
