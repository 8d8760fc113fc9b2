package dev.relkit.session;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * What a failed statement undid in MariaDB, read from the {@link SQLException} in its cause chain.
 * The unit of work tells the application the truth from it: whether only the statement was undone
 * (earlier work of the transaction is still there, uncommitted) or the whole transaction is gone.
 */
public enum DatabaseFailure {

    /** MariaDB undid the failed statement only (a duplicate key, a value too long, a foreign key). */
    STATEMENT,

    /**
     * The whole transaction is gone: MariaDB rolled it back (a deadlock victim, SQLSTATE 40001 /
     * error 1213), or relkit rolled it back because the server left it half done (a lock wait timeout,
     * error 1205, undoes only the waiting statement unless {@code innodb_rollback_on_timeout} is on).
     */
    TRANSACTION,

    /** The connection broke (SQLSTATE class 08): the transaction is lost with it, and a COMMIT in flight may or may not have happened. */
    CONNECTION;

    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DEADLOCK = 1213;

    /** The scope of {@code failure}: {@link #STATEMENT} unless its cause chain says otherwise. */
    public static DatabaseFailure of(Throwable failure) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return CONNECTION;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.startsWith("08")) {
                    return CONNECTION;
                }
                if (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || "40001".equals(state)) {
                    return TRANSACTION;
                }
            }
        }
        return STATEMENT;
    }

    /** Whether the database reported {@code failure}: an {@link SQLException} in its cause chain. */
    public static boolean fromDatabase(Throwable failure) {
        return causes(failure).stream().anyMatch(SQLException.class::isInstance);
    }

    /** {@code failure} and its causes, outermost first (a cause that is its own cause ends the chain). */
    private static java.util.List<Throwable> causes(Throwable failure) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /** Whether the failure took the transaction with it: retrying the whole unit of work is the remedy. */
    public boolean lostTheTransaction() {
        return this != STATEMENT;
    }
}
