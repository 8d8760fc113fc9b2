package dev.relkit.relation;

import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

/**
 * Select-list columns aliased for a resultMap's {@code columnPrefix}: the dynamic-SQL counterpart of
 * the XML column fragments that take a {@code prefix} property. Prefixes stack as in the XML: the
 * second level of {@code subordinates} under {@code s_} reads {@code s_s_id}.
 */
public final class PrefixedColumns {

    private PrefixedColumns() {
    }

    /** Each column aliased {@code prefix + column name}; an empty prefix leaves the columns unaliased. */
    public static BasicColumn[] of(String prefix, SqlColumn<?>... columns) {
        if (prefix == null) {
            throw new IllegalArgumentException("prefix must not be null (use \"\" for unprefixed columns)");
        }
        SqlIdentifier.prefix("PrefixedColumns.of", prefix);
        BasicColumn[] aliased = new BasicColumn[columns.length];
        for (int i = 0; i < columns.length; i++) {
            aliased[i] = prefix.isEmpty() ? columns[i] : columns[i].as(prefix + columns[i].name());
        }
        return aliased;
    }

    /**
     * Every column the table class declares as a {@code SqlColumn} field, in declaration order, on
     * this (possibly aliased) table instance, each aliased {@code prefix + column name}: a table
     * class's select list without writing its columns a second time
     * ({@code public BasicColumn[] columns(String prefix) { return PrefixedColumns.of(prefix, this); }}).
     *
     * @throws IllegalArgumentException when the prefix is not a plain identifier part, or the table
     *     class declares no column field
     */
    public static BasicColumn[] of(String prefix, SqlTable table) {
        SqlColumn<?>[] columns = TableColumns.of(table).stream().map(TableColumns.TableColumn::column).toArray(SqlColumn<?>[]::new);
        if (columns.length == 0) {
            throw new IllegalArgumentException("PrefixedColumns.of: " + table.getClass().getName() + " declares no SqlColumn field");
        }
        return of(prefix, columns);
    }

    /** The select lists concatenated, in order. */
    public static BasicColumn[] concat(BasicColumn[]... lists) {
        int size = 0;
        for (BasicColumn[] list : lists) {
            size += list.length;
        }
        BasicColumn[] all = new BasicColumn[size];
        int at = 0;
        for (BasicColumn[] list : lists) {
            System.arraycopy(list, 0, all, at, list.length);
            at += list.length;
        }
        return all;
    }
}
