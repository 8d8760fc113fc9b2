package dev.relkit.replication;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a lost or refused connection from an error of the statement itself. */
final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * Whether {@code failure} or one of its causes says the connection is gone: SQLSTATE class
     * {@code 08}, or the JDBC connection exception types (a pool's timeout is a
     * {@link SQLTransientConnectionException}).
     */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLNonTransientConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
