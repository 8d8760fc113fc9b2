package dev.relkit.relation;

import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns a mybatis-dynamic-sql table class declares, read once from its fields: each
 * {@code SqlColumn} instance field in declaration order, with the field's name (the property name
 * MyBatis Generator gives the model class too) and the Java type of its type argument
 * ({@code SqlColumn<Integer>}). This is how {@link EntityType#fromTable} takes its columns from what
 * already exists instead of restating them.
 */
final class TableColumns {

    /**
     * One column field.
     *
     * @param field    the field's name ({@code winterTeamId})
     * @param column   the column
     * @param javaType the column's Java type, when the field's declared type names it
     */
    record TableColumn(String field, SqlColumn<?> column, Optional<Class<?>> javaType) {
    }

    private TableColumns() {
    }

    /**
     * The column fields of {@code table}'s class and its superclasses up to {@code SqlTable}, superclass
     * fields first.
     *
     * @throws IllegalStateException when a field cannot be read, naming it
     */
    static List<TableColumn> of(SqlTable table) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> type = table.getClass(); type != null && type != SqlTable.class; type = type.getSuperclass()) {
            hierarchy.add(0, type);
        }
        List<TableColumn> columns = new ArrayList<>();
        for (Class<?> type : hierarchy) {
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && SqlColumn.class.isAssignableFrom(field.getType())) {
                    columns.add(new TableColumn(field.getName(), read(table, field), typeArgument(field.getGenericType())));
                }
            }
        }
        return columns;
    }

    private static SqlColumn<?> read(SqlTable table, Field field) {
        try {
            field.setAccessible(true);
            return (SqlColumn<?>) field.get(table);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the column field " + field.getDeclaringClass().getName() + "."
                    + field.getName() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Class<?>> typeArgument(Type declared) {
        if (declared instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument) {
            return Optional.of(argument);
        }
        if (declared instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof ParameterizedType generic
                && generic.getRawType() instanceof Class<?> raw) {
            return Optional.of(raw);
        }
        return Optional.empty();
    }
}
