package dev.relkit.harness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A copy of every base table's rows in a database, kept in a schema of its own on the same server,
 * and put back table by table when a table's contents or auto-increment counter changed.
 *
 * <p>Taking it: for each base table {@code t} of the database, {@code create table <copy>.t like t}
 * and {@code insert into <copy>.t select ...} (generated columns left out), then one
 * {@code checksum table} over all of them and the {@code auto_increment} of each, from
 * {@code information_schema.tables}.
 *
 * <p>Restoring: one {@code checksum table} and one {@code information_schema} query find the tables
 * whose rows or counter differ from what was recorded; only those are emptied
 * ({@code truncate}) and refilled ({@code insert ... select} from the copy) with foreign-key checks
 * off, and their counter is set back. A test that changed nothing costs those two queries.
 *
 * <p>Rows only: tables, columns, indexes, views or routines a test created or dropped stay as the
 * test left them ({@link TestDatabase#reloadScripts()} is for that). Insert triggers fire while tables are
 * refilled, so a restore is checked afterwards and fails if a trigger changed a table again.
 */
final class RowSnapshot {

    private final String database;
    private final String copy;
    private final Map<String, String> columnLists;
    private final Map<String, Long> checksums;
    private final Map<String, Long> autoIncrements;

    private RowSnapshot(String database, String copy, Map<String, String> columnLists, Map<String, Long> checksums,
            Map<String, Long> autoIncrements) {
        this.database = database;
        this.copy = copy;
        this.columnLists = columnLists;
        this.checksums = checksums;
        this.autoIncrements = autoIncrements;
    }

    /** The schema holding the copy of {@code database}'s rows: its name plus {@code _rows}. */
    static String copyName(String database) {
        return database + "_rows";
    }

    /**
     * Copies every base table of {@code database} into the new schema {@link #copyName(String)}
     * (dropped first if it exists).
     */
    static RowSnapshot take(Connection connection, String database) throws SQLException {
        String copy = copyName(database);
        Map<String, String> columnLists = new LinkedHashMap<>();
        try (PreparedStatement columns = connection.prepareStatement(
                "select c.table_name, group_concat(concat('`', c.column_name, '`') order by c.ordinal_position)"
                        + " from information_schema.columns c join information_schema.tables t"
                        + " on t.table_schema = c.table_schema and t.table_name = c.table_name"
                        + " where c.table_schema = ? and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'"
                        + " group by c.table_name order by c.table_name")) {
            columns.setString(1, database);
            try (ResultSet rows = columns.executeQuery()) {
                while (rows.next()) {
                    columnLists.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session group_concat_max_len = 1048576");
            statement.execute("drop database if exists " + quote(copy));
            statement.execute("create database " + quote(copy));
            for (Map.Entry<String, String> table : columnLists.entrySet()) {
                String name = table.getKey();
                statement.execute("create table " + quote(copy) + "." + quote(name)
                        + " like " + quote(database) + "." + quote(name));
                statement.execute("insert into " + quote(copy) + "." + quote(name) + " (" + table.getValue() + ") select "
                        + table.getValue() + " from " + quote(database) + "." + quote(name));
            }
        }
        return new RowSnapshot(database, copy, columnLists, checksums(connection, database, columnLists.keySet()),
                autoIncrements(connection, database));
    }

    /**
     * Puts back the rows of every table whose rows or auto-increment counter changed since the
     * snapshot was taken.
     *
     * @return the tables restored, in name order; empty when nothing had changed
     * @throws SQLException as the server reports it
     * @throws IllegalStateException when a table still differs after the restore (a trigger wrote to it)
     */
    List<String> restore(Connection connection) throws SQLException {
        List<String> changed = changedTables(connection, autoIncrements(connection, database));
        if (changed.isEmpty()) {
            return changed;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set session foreign_key_checks = 0");
            try {
                for (String table : changed) {
                    String target = quote(database) + "." + quote(table);
                    String columns = columnLists.get(table);
                    // truncate, not delete: a fresh table, without delete-marked index records whose
                    // gap locks make the next test's concurrent inserts deadlock; no delete triggers
                    statement.execute("truncate table " + target);
                    statement.execute("insert into " + target + " (" + columns + ") select " + columns
                            + " from " + quote(copy) + "." + quote(table));
                }
                Map<String, Long> refilled = autoIncrements(connection, database);
                for (String table : changed) {
                    Long counter = autoIncrements.get(table);
                    if (counter != null && !counter.equals(refilled.get(table))) {
                        statement.execute("alter table " + quote(database) + "." + quote(table) + " auto_increment = " + counter);
                    }
                }
            } finally {
                statement.execute("set session foreign_key_checks = 1");
            }
        }
        List<String> stillChanged = changedTables(connection, autoIncrements(connection, database));
        if (!stillChanged.isEmpty()) {
            throw new IllegalStateException("Restoring the rows of " + database + " left " + stillChanged
                    + " different from the snapshot (a trigger writing to them?): use reloadScripts() instead");
        }
        return changed;
    }

    /** Drops the schema holding the copy. */
    void drop(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + quote(copy));
        }
    }

    private List<String> changedTables(Connection connection, Map<String, Long> nowCounters) throws SQLException {
        Map<String, Long> nowChecksums = checksums(connection, database, columnLists.keySet());
        return columnLists.keySet().stream()
                .filter(table -> !Objects.equals(checksums.get(table), nowChecksums.get(table))
                        || !Objects.equals(autoIncrements.get(table), nowCounters.get(table)))
                .toList();
    }

    private static Map<String, Long> checksums(Connection connection, String database, Iterable<String> tables)
            throws SQLException {
        List<String> names = new ArrayList<>();
        tables.forEach(table -> names.add(quote(database) + "." + quote(table)));
        Map<String, Long> checksums = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return checksums;
        }
        String prefix = database + ".";
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("checksum table " + String.join(", ", names))) {
            while (rows.next()) {
                String table = rows.getString(1);
                long checksum = rows.getLong(2);
                checksums.put(table.startsWith(prefix) ? table.substring(prefix.length()) : table,
                        rows.wasNull() ? null : checksum);
            }
        }
        return checksums;
    }

    private static Map<String, Long> autoIncrements(Connection connection, String database) throws SQLException {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select table_name, auto_increment"
                + " from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'")) {
            statement.setString(1, database);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long counter = rows.getLong(2);
                    if (!rows.wasNull()) {
                        counters.put(rows.getString(1), counter);
                    }
                }
            }
        }
        return counters;
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    @Override
    public String toString() {
        return "rows of " + columnLists.keySet().stream().collect(Collectors.joining(", ", database + " (", ")"))
                + " in " + copy;
    }
}
