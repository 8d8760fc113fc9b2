package dev.relkit.harness;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Why a connection to a server failed, told apart from the driver's exception so that the three
 * usual mistakes read differently: a wrong user or password, nothing listening at the address, a
 * database that does not exist.
 */
enum ConnectionFailure {

    /** The server answered and refused the login (MariaDB error 1045, SQL state 28000). */
    LOGIN_REJECTED("rejected the login of user %s: wrong user or password (set them with "
            + DatabaseChoice.USER_VARIABLE + " / " + DatabaseChoice.PASSWORD_VARIABLE + ")"),
    /** The server answered but has no database of the URL's name (MariaDB error 1049). */
    UNKNOWN_DATABASE("has no database %s: create it first, or name an existing one in the URL"),
    /** Nothing answered: connection refused, unknown host, timeout (SQL state class 08 without a server error). */
    NO_ANSWER("does not answer: nothing accepted the connection (is the server running, are host and port right?)"),
    /** Anything else, described by the driver's message. */
    OTHER("failed");

    private static final int ACCESS_DENIED = 1045;
    private static final int UNKNOWN_DATABASE_CODE = 1049;

    private final String template;

    ConnectionFailure(String template) {
        this.template = template;
    }

    static ConnectionFailure of(SQLException e) {
        if (e.getErrorCode() == ACCESS_DENIED || "28000".equals(e.getSQLState())) {
            return LOGIN_REJECTED;
        }
        if (e.getErrorCode() == UNKNOWN_DATABASE_CODE) {
            return UNKNOWN_DATABASE;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
                return NO_ANSWER;
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (state.startsWith("08") && e.getErrorCode() == 0
                || message.contains("connection refused") || message.contains("socket fail to connect")) {
            return NO_ANSWER;
        }
        return OTHER;
    }

    /**
     * One sentence on the failure: {@code The database URL <masked url> rejected the login of user app:
     * ... (driver: <masked message>)}.
     */
    static String describe(JdbcTarget target, SQLException e) {
        ConnectionFailure failure = of(e);
        String what = failure.template.contains("%s")
                ? String.format(Locale.ROOT, failure.template,
                        failure == LOGIN_REJECTED ? "'" + target.user() + "'" : "'" + target.database().orElse("") + "'")
                : failure.template;
        return "The database URL " + target.maskedUrl() + " " + what + " (driver: " + JdbcTarget.mask(e.getMessage()) + ")";
    }
}
