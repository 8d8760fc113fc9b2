package dev.relkit.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What MyBatis Generator's introspection does not read: the schema's base tables, its foreign keys
 * and its unique keys, from {@code information_schema}.
 *
 * <p>MyBatis Generator 1.4.2's {@code DatabaseIntrospector} reads columns (types, nullability,
 * defaults, auto-increment) and primary keys through {@code DatabaseMetaData}, and nothing else: it
 * never calls {@code getImportedKeys} or {@code getIndexInfo}, and its {@code IntrospectedTable} has no
 * place for either. The generator therefore reuses it for columns and keys and reads the two things
 * relationships are made of here. It asks {@code information_schema} rather than
 * {@code DatabaseMetaData} because MariaDB answers it in one query per kind for the whole schema,
 * with each constraint's columns in order ({@code ORDINAL_POSITION}), composite keys included.
 *
 * @param tables      the schema's base tables (no views), in name order
 * @param foreignKeys every foreign key between tables of the schema, by table then constraint name
 * @param uniqueKeys  per table, the column lists of its primary key and unique indexes
 */
record SchemaConstraints(List<String> tables, List<ForeignKey> foreignKeys, Map<String, List<Set<String>>> uniqueKeys) {

    /**
     * A foreign key: {@code columns} of {@code table} refer, in order, to {@code referencedColumns} of
     * {@code referencedTable}.
     */
    record ForeignKey(String name, String table, List<String> columns, String referencedTable, List<String> referencedColumns) {
    }

    /**
     * Reads the constraints of {@code schema}; foreign keys to tables of other schemas are left out
     * (the declarations cover one schema).
     */
    static SchemaConstraints read(Connection connection, String schema) throws SQLException {
        return new SchemaConstraints(tables(connection, schema), foreignKeys(connection, schema), uniqueKeys(connection, schema));
    }

    /** Whether {@code columns} of {@code table} are its primary key or one of its unique keys. */
    boolean isUnique(String table, Set<String> columns) {
        return uniqueKeys.getOrDefault(table, List.of()).contains(columns);
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'"
                        + " ORDER BY TABLE_NAME")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static List<ForeignKey> foreignKeys(Connection connection, String schema) throws SQLException {
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME"
                        + " FROM information_schema.KEY_COLUMN_USAGE k"
                        + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r"
                        + "   ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME"
                        + "  AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                        + " WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_SCHEMA = k.TABLE_SCHEMA"
                        + " ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    String name = rows.getString(2);
                    ForeignKey key = keys.computeIfAbsent(table + "." + name,
                            k -> new ForeignKey(name, table, new ArrayList<>(), get(rows, 4), new ArrayList<>()));
                    key.columns().add(rows.getString(3));
                    key.referencedColumns().add(rows.getString(5));
                }
            }
        }
        return keys.values().stream()
                .map(k -> new ForeignKey(k.name(), k.table(), List.copyOf(k.columns()), k.referencedTable(),
                        List.copyOf(k.referencedColumns())))
                .toList();
    }

    private static Map<String, List<Set<String>>> uniqueKeys(Connection connection, String schema) throws SQLException {
        Map<String, Map<String, List<String>>> indexes = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
                        + " WHERE TABLE_SCHEMA = ? AND NON_UNIQUE = 0 ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
            statement.setString(1, schema);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    indexes.computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>())
                            .computeIfAbsent(rows.getString(2), i -> new ArrayList<>())
                            .add(rows.getString(3));
                }
            }
        }
        Map<String, List<Set<String>>> unique = new LinkedHashMap<>();
        indexes.forEach((table, byIndex) -> unique.put(table,
                byIndex.values().stream().map(columns -> (Set<String>) Set.copyOf(columns)).toList()));
        return unique;
    }

    private static String get(ResultSet rows, int column) {
        try {
            return rows.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
