package dev.relkit.session;

import dev.relkit.sql.RenderedStatement;
import dev.relkit.sql.GeneratedStatements;

import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.TypeColumn;
import dev.relkit.relation.Polymorphism;
import dev.relkit.relation.SubtypeJoins;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.SqlSession;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlBuilder;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;
import org.mybatis.dynamic.sql.delete.DeleteDSL;
import org.mybatis.dynamic.sql.delete.DeleteModel;
import org.mybatis.dynamic.sql.delete.render.DeleteStatementProvider;
import org.mybatis.dynamic.sql.insert.GeneralInsertDSL;
import org.mybatis.dynamic.sql.insert.render.GeneralInsertStatementProvider;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.update.UpdateDSL;
import org.mybatis.dynamic.sql.update.UpdateModel;
import org.mybatis.dynamic.sql.update.render.UpdateStatementProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.mybatis.dynamic.sql.SqlBuilder.deleteFrom;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * The unit of work's SQL: {@code insert}, {@code update}, {@code delete} and select-by-id generated
 * with mybatis-dynamic-sql from an {@link EntityType}'s attributes, and link-row inserts and deletes
 * of many-to-many tables. Each runs through a MyBatis mapped statement registered once per entity
 * type (or link table) ({@link GeneratedStatements}), so interceptors, logging and statement counting see
 * them like any other statement. Inserts of entities with a generated id read the key back through
 * {@code Jdbc3KeyGenerator}.
 */
final class WriteStatements {

    private final GeneratedStatements generated;
    private final SqlSession session;

    WriteStatements(GeneratedStatements generated, SqlSession session) {
        this.generated = generated;
        this.session = session;
    }

    /**
     * Loads one row by key with the entity's XML resultMap, or returns null when there is none. With a
     * hierarchy, the subtype tables are outer-joined and their own (non-key) columns selected, so the
     * base resultMap's discriminator makes the row its subtype with every column.
     */
    <T> T selectById(EntityType<T> type, List<Object> key, Polymorphism<?> hierarchy) {
        return selectById(type, key, hierarchy, false);
    }

    /**
     * As {@link #selectById(EntityType, List, Polymorphism)}; a {@code lockingRead} reads the latest
     * committed row ({@code lock in share mode}) rather than the transaction's snapshot.
     */
    <T> T selectById(EntityType<T> type, List<Object> key, Polymorphism<?> hierarchy, boolean lockingRead) {
        List<BasicColumn> columns = new ArrayList<>();
        for (Attribute<T, ?> attribute : type.attributes()) {
            columns.add(attribute.column());
        }
        if (hierarchy != null) {
            for (Polymorphism.Subtype<?, ?> subtype : hierarchy.subtypes()) {
                for (Attribute<?, ?> attribute : subtype.entity().attributes()) {
                    if (!subtype.entity().idAttributes().contains(attribute)) {
                        columns.add(attribute.column());
                    }
                }
            }
        }
        QueryExpressionDSL<SelectModel> from = select(columns).from(type.table());
        SqlColumn<Object> firstKey = raw(type.idAttributes().get(0).column());
        QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder where = hierarchy == null
                ? from.where(firstKey, isEqualTo(key.get(0)))
                : SubtypeJoins.leftJoinSubtypes(from, hierarchy, type.table()).where(firstKey, isEqualTo(key.get(0)));
        for (int i = 1; i < key.size(); i++) {
            where = where.and(raw(type.idAttributes().get(i).column()), isEqualTo(key.get(i)));
        }
        SelectStatementProvider rendered = where.build().render(MYBATIS3);
        if (lockingRead) {
            rendered = new LockingRead(rendered);
        }
        List<T> rows = selectList(type, rendered);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Runs a rendered select whose rows the entity's XML resultMap maps. */
    <T> List<T> selectList(EntityType<T> type, SelectStatementProvider rendered) {
        String resultMapId = type.resultMapId().orElseThrow(() -> new IllegalStateException(type.name()
                + " declares no resultMap, so the session cannot load it: add .resultMap(\"namespace.id\") to its EntityType"));
        if (!generated.hasResultMap(resultMapId)) {
            throw new IllegalStateException("The resultMap " + resultMapId + " of " + type.name()
                    + " is not in the MyBatis configuration: register its mapper");
        }
        MappedStatement statement = generated.select(type.javaType().getName(), generated.resultMap(resultMapId));
        return generated.selectList(session, statement, new RenderedStatement(rendered.getSelectStatement(), rendered.getParameters()));
    }

    /**
     * Inserts one row with the given column values; returns the generated key when the entity's id
     * is generated and was not among the values, else null.
     */
    Object insert(EntityType<?> type, List<SqlColumn<?>> columns, List<Object> values) {
        GeneralInsertDSL insert = GeneralInsertDSL.insertInto(type.table());
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                insert = insert.set(raw(columns.get(i))).toNull();
            } else {
                insert = insert.set(raw(columns.get(i))).toValue(value);
            }
        }
        GeneralInsertStatementProvider rendered = insert.build().render(MYBATIS3);
        RenderedStatement statement = new RenderedStatement(rendered.getInsertStatement(), rendered.getParameters());
        boolean readsKey = type.generatedId() && !columns.contains(type.idAttributes().get(0).column());
        MappedStatement mapped = generated.write((readsKey ? "returningKey." : "") + type.javaType().getName(),
                SqlCommandType.INSERT, readsKey ? type.idAttributes().get(0).columnName() : null);
        generated.update(session, mapped, statement);
        return readsKey ? statement.getGeneratedKey() : null;
    }

    /**
     * Inserts several rows of one table with the same columns in one multi-row statement
     * ({@code insert into t (a, b) values (?, ?), (?, ?)}). When the entity's id is generated and not
     * among the columns, the statement ends in {@code returning <id>} and the generated keys are
     * returned in the order of {@code rows}; otherwise null.
     *
     * @throws IllegalStateException when the database returned another number of keys than rows
     */
    List<Object> insertRows(EntityType<?> type, List<SqlColumn<?>> columns, List<List<Object>> rows) {
        boolean readsKey = type.generatedId() && !columns.contains(type.idAttributes().get(0).column());
        Bindings bindings = new Bindings();
        StringBuilder sql = new StringBuilder("insert into ").append(type.table().tableNameAtRuntime()).append(" (");
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(columns.get(c).name());
        }
        sql.append(") values ");
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 0; c < columns.size(); c++) {
                sql.append(c == 0 ? "" : ", ").append(bindings.bind(columns.get(c), rows.get(r).get(c)));
            }
            sql.append(')');
        }
        if (readsKey) {
            sql.append(" returning ").append(type.idAttributes().get(0).columnName());
        }
        RenderedStatement statement = new RenderedStatement(sql.toString(), bindings.parameters);
        String shape = "rows." + type.javaType().getName();
        if (readsKey) {
            generated.update(session, generated.insertReturning(shape), statement);
            List<Object> keys = statement.getGeneratedKeys();
            if (keys == null || keys.size() != rows.size()) {
                throw new IllegalStateException("The insert of " + rows.size() + " " + type.name() + " rows returned "
                        + (keys == null ? "no" : keys.size()) + " generated keys");
            }
            return keys;
        }
        generated.update(session, generated.write(shape, SqlCommandType.INSERT, null), statement);
        return null;
    }

    /**
     * The parameters of a statement relkit writes as text: each value bound by a placeholder as
     * mybatis-dynamic-sql renders it for its column ({@code #{parameters.pN,jdbcType=...}}), a null
     * written as the literal {@code null}.
     */
    private static final class Bindings {

        private final java.util.Map<String, Object> parameters = new java.util.HashMap<>();

        String bind(SqlColumn<?> column, Object value) {
            if (value == null) {
                return "null";
            }
            String name = "p" + (parameters.size() + 1);
            parameters.put(name, value);
            return MYBATIS3.getFormattedJdbcPlaceholder(column, "parameters", name);
        }
    }

    /**
     * Updates several rows of one table, each to its own values of the same columns, in one statement:
     * {@code update t set a = case id when ? then ? when ? then ? end, ... where id in (?, ?)}; the
     * entity has a one-column key. Returns the number of rows matched.
     */
    int updateRows(EntityType<?> type, List<SqlColumn<?>> columns, List<List<Object>> rows, List<Object> keys) {
        SqlColumn<?> keyColumn = type.idAttributes().get(0).column();
        Bindings bindings = new Bindings();
        StringBuilder sql = new StringBuilder("update ").append(type.table().tableNameAtRuntime()).append(" set ");
        for (int c = 0; c < columns.size(); c++) {
            sql.append(c == 0 ? "" : ", ").append(columns.get(c).name()).append(" = case ").append(keyColumn.name());
            for (int r = 0; r < rows.size(); r++) {
                sql.append(" when ").append(bindings.bind(keyColumn, keys.get(r)))
                        .append(" then ").append(bindings.bind(columns.get(c), rows.get(r).get(c)));
            }
            sql.append(" end");
        }
        sql.append(" where ").append(keyColumn.name()).append(" in (");
        for (int r = 0; r < keys.size(); r++) {
            sql.append(r == 0 ? "" : ", ").append(bindings.bind(keyColumn, keys.get(r)));
        }
        sql.append(')');
        MappedStatement mapped = generated.write(type.javaType().getName() + ".rows", SqlCommandType.UPDATE, null);
        return generated.update(session, mapped, new RenderedStatement(sql.toString(), bindings.parameters));
    }

    /**
     * {@code delete from table where id in (...)}: the rows of an entity with a one-column key and no
     * version, in one statement; returns the number of rows deleted.
     */
    int deleteRows(EntityType<?> type, List<Object> keys) {
        DeleteStatementProvider rendered = deleteFrom(type.table())
                .where(raw(type.idAttributes().get(0).column()), SqlBuilder.isIn(keys))
                .build().render(MYBATIS3);
        MappedStatement delete = generated.write(type.javaType().getName() + ".rows", SqlCommandType.DELETE, null);
        return generated.update(session, delete, new RenderedStatement(rendered.getDeleteStatement(), rendered.getParameters()));
    }

    /** {@code update table set <columns> where <key>}; returns the number of rows matched. */
    int update(EntityType<?> type, List<SqlColumn<?>> columns, List<Object> values, List<Object> key) {
        return update(type, columns, values, key, null, null);
    }

    /** As {@link #update(EntityType, List, List, List)}, also matching {@code versionColumn = expectedVersion} when given. */
    int update(EntityType<?> type, List<SqlColumn<?>> columns, List<Object> values, List<Object> key,
               SqlColumn<?> versionColumn, Object expectedVersion) {
        UpdateDSL<UpdateModel> update = SqlBuilder.update(type.table());
        for (int i = 0; i < columns.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                update = update.set(raw(columns.get(i))).equalToNull();
            } else {
                update = update.set(raw(columns.get(i))).equalTo(value);
            }
        }
        var where = update.where(raw(type.idAttributes().get(0).column()), isEqualTo(key.get(0)));
        for (int i = 1; i < key.size(); i++) {
            where = where.and(raw(type.idAttributes().get(i).column()), isEqualTo(key.get(i)));
        }
        if (versionColumn != null) {
            where = where.and(raw(versionColumn), isEqualTo(expectedVersion));
        }
        UpdateStatementProvider rendered = where.build().render(MYBATIS3);
        MappedStatement mapped = generated.write(type.javaType().getName(), SqlCommandType.UPDATE, null);
        return generated.update(session, mapped, new RenderedStatement(rendered.getUpdateStatement(), rendered.getParameters()));
    }

    /**
     * {@code update table set <foreignKey> = null where <foreignKey> = <ownerKey>}: the rows that referred
     * to a deleted owner; returns the number of rows changed.
     */
    int clearForeignKey(EntityType<?> type, List<SqlColumn<?>> foreignKey, List<Object> ownerKey, Optional<TypeColumn> typeColumn) {
        UpdateDSL<UpdateModel> update = SqlBuilder.update(type.table());
        for (SqlColumn<?> column : foreignKey) {
            update = update.set(raw(column)).equalToNull();
        }
        var where = update.where(raw(foreignKey.get(0)), isEqualTo(ownerKey.get(0)));
        for (int i = 1; i < foreignKey.size(); i++) {
            where = where.and(raw(foreignKey.get(i)), isEqualTo(ownerKey.get(i)));
        }
        if (typeColumn.isPresent()) { // a generic foreign key: only the rows of the deleted owner's type
            where = where.and(typeColumn.get().column(), isEqualTo(typeColumn.get().value()));
        }
        UpdateStatementProvider rendered = where.build().render(MYBATIS3);
        MappedStatement mapped = generated.write(type.javaType().getName() + ".unlink." + foreignKey.stream()
                .map(SqlColumn::name).collect(java.util.stream.Collectors.joining(".")) + (typeColumn.isPresent() ? ".typed" : ""),
                SqlCommandType.UPDATE, null);
        return generated.update(session, mapped, new RenderedStatement(rendered.getUpdateStatement(), rendered.getParameters()));
    }

    /**
     * Whether every one of these columns accepts NULL, read once per table and column from the
     * connection's metadata (the driver's own query, not a statement of the session).
     */
    boolean nullable(EntityType<?> type, List<? extends Attribute<?, ?>> columns) {
        for (Attribute<?, ?> attribute : columns) {
            String table = type.table().tableNameAtRuntime();
            Boolean known = nullable.computeIfAbsent(table + "." + attribute.columnName(), k -> readNullable(table, attribute.columnName()));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    private final java.util.Map<String, Boolean> nullable = new java.util.HashMap<>();

    private Boolean readNullable(String qualifiedTable, String column) {
        int dot = qualifiedTable.indexOf('.');
        String schema = dot < 0 ? null : qualifiedTable.substring(0, dot);
        String table = dot < 0 ? qualifiedTable : qualifiedTable.substring(dot + 1);
        try {
            java.sql.Connection connection = session.getConnection();
            String catalog = schema != null ? schema : connection.getCatalog();
            try (java.sql.ResultSet columns = connection.getMetaData().getColumns(catalog, null, table, column)) {
                if (columns.next()) {
                    return columns.getInt("NULLABLE") != java.sql.DatabaseMetaData.columnNoNulls;
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not read whether " + qualifiedTable + "." + column + " accepts NULL: " + e.getMessage(), e);
        }
        return true; // not found in the metadata: let the database decide
    }

    /** {@code delete from table where <key>}; returns the number of rows deleted. */
    int delete(EntityType<?> type, List<Object> key) {
        return delete(type, key, null, null);
    }

    /** As {@link #delete(EntityType, List)}, also matching {@code versionColumn = expectedVersion} when given. */
    int delete(EntityType<?> type, List<Object> key, SqlColumn<?> versionColumn, Object expectedVersion) {
        List<SqlColumn<?>> columns = new ArrayList<>();
        for (Attribute<?, ?> id : type.idAttributes()) {
            columns.add(id.column());
        }
        List<Object> values = new ArrayList<>(key);
        if (versionColumn != null) {
            columns.add(versionColumn);
            values.add(expectedVersion);
        }
        return deleteWhere(type.table(), columns, values, type.javaType().getName() + (versionColumn == null ? "" : ".versioned"));
    }

    /** Inserts one row of a many-to-many link table. */
    void insertLink(SqlTable linkTable, List<SqlColumn<?>> columns, List<Object> values) {
        GeneralInsertDSL insert = GeneralInsertDSL.insertInto(linkTable);
        for (int i = 0; i < columns.size(); i++) {
            insert = insert.set(raw(columns.get(i))).toValue(values.get(i));
        }
        GeneralInsertStatementProvider rendered = insert.build().render(MYBATIS3);
        MappedStatement mapped = generated.write("link." + linkTable.tableNameAtRuntime(), SqlCommandType.INSERT, null);
        generated.update(session, mapped, new RenderedStatement(rendered.getInsertStatement(), rendered.getParameters()));
    }

    /** Deletes the link rows matching the columns (both ends for one row, one end for all of an object's rows). */
    int deleteLinks(SqlTable linkTable, List<SqlColumn<?>> columns, List<Object> values) {
        return deleteWhere(linkTable, columns, values, "link." + linkTable.tableNameAtRuntime());
    }

    private int deleteWhere(SqlTable table, List<SqlColumn<?>> columns, List<Object> values, String id) {
        DeleteDSL<DeleteModel>.DeleteWhereBuilder where = deleteFrom(table).where(raw(columns.get(0)), isEqualTo(values.get(0)));
        for (int i = 1; i < columns.size(); i++) {
            where = where.and(raw(columns.get(i)), isEqualTo(values.get(i)));
        }
        DeleteStatementProvider rendered = where.build().render(MYBATIS3);
        MappedStatement delete = generated.write(id, SqlCommandType.DELETE, null);
        return generated.update(session, delete, new RenderedStatement(rendered.getDeleteStatement(), rendered.getParameters()));
    }

    @SuppressWarnings("unchecked")
    private static SqlColumn<Object> raw(SqlColumn<?> column) {
        return (SqlColumn<Object>) column;
    }

    /** A rendered select read with {@code lock in share mode}: the latest committed row, not the snapshot. */
    private record LockingRead(SelectStatementProvider select) implements SelectStatementProvider {
        @Override
        public java.util.Map<String, Object> getParameters() {
            return select.getParameters();
        }

        @Override
        public String getSelectStatement() {
            return select.getSelectStatement() + " lock in share mode";
        }
    }
}
