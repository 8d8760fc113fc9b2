package dev.relkit.replication;

import org.apache.ibatis.exceptions.PersistenceException;

/**
 * The primary could not be reached when a request needed it (a write, a unit of work, or a read the
 * replica could not serve). Nothing of the request was written: the connection was never obtained.
 * Reads that the replica serves keep working; once the primary answers again, the pool reconnects
 * and the next request writes as usual.
 */
public class PrimaryUnavailableException extends PersistenceException {

    private static final long serialVersionUID = 1L;

    private final String primary;

    PrimaryUnavailableException(String primary, String purpose, Throwable cause) {
        super("The primary " + primary + " is unavailable, so " + purpose + " was not started and nothing was written"
                + " (reads the replica can serve still go to the replica; retry once the primary is back): "
                + cause.getMessage(), cause);
        this.primary = primary;
    }

    /** The name the routing was given for the primary. */
    public String primary() {
        return primary;
    }
}
