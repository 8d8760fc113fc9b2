package dev.relkit.bench;

import javax.sql.DataSource;

/**
 * The rows a writing workload leaves behind: read back after each contender so that every contender is
 * checked to leave the same rows, and removed so that every operation starts from the same database.
 * A reading workload has {@link #NONE}.
 */
public interface StoredRows {

    /** A workload that writes nothing. */
    StoredRows NONE = new StoredRows() {

        @Override
        public Object read(DataSource dataSource) {
            return null;
        }

        @Override
        public void remove(DataSource dataSource) {
            // nothing was written
        }
    };

    /** The rows the workload wrote, as plain values compared with {@code equals} (generated ids left out). */
    Object read(DataSource dataSource);

    /** Deletes the rows the workload wrote. */
    void remove(DataSource dataSource);
}
