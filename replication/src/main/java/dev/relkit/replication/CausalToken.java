package dev.relkit.replication;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A write the next reads must see: the primary's GTID of a committed transaction
 * ({@code @@last_gtid} of the committing connection, {@code domain-server-sequence}, or a position of
 * several domains separated by commas).
 *
 * <p>A request gets one from {@link RoutedRequest#causalToken()} after its unit of work committed;
 * it can hand it to the next request as text ({@link #toString()}, a cookie or a header) and that
 * request, opened with {@link ReadWriteRouting#request(CausalToken)}, reads from the replica only
 * once the replica has applied this GTID ({@code MASTER_GTID_WAIT}), else from the primary.
 *
 * @param gtidPosition a MariaDB GTID position, as {@code MASTER_GTID_WAIT} takes it
 */
public record CausalToken(String gtidPosition) {

    private static final Pattern GTID_POSITION = Pattern.compile("\\d+-\\d+-\\d+(,\\s*\\d+-\\d+-\\d+)*");

    public CausalToken {
        Objects.requireNonNull(gtidPosition, "gtidPosition");
        if (!GTID_POSITION.matcher(gtidPosition).matches()) {
            throw new IllegalArgumentException("Not a MariaDB GTID position (domain-server-sequence[,...]): '"
                    + gtidPosition + "'");
        }
    }

    /**
     * Reads a token written by {@link #toString()}.
     *
     * @throws IllegalArgumentException when {@code text} is not a GTID position
     */
    public static CausalToken parse(String text) {
        return new CausalToken(text.trim());
    }

    /** The GTID position, the form {@link #parse(String)} reads. */
    @Override
    public String toString() {
        return gtidPosition;
    }
}
