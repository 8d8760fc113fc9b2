package dev.relkit.mapper.tree;

import dev.relkit.relation.PrefixedColumns;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code category}. Aliasable: the table is joined to itself once per tree level
 * ({@code children}, {@code children_children}, ...).
 */
public final class CategoryDynamicSqlSupport {

    public static final CategoryTable category = new CategoryTable();
    public static final SqlColumn<Integer> id = category.id;
    public static final SqlColumn<Integer> parentId = category.parentId;
    public static final SqlColumn<String> name = category.name;

    private CategoryDynamicSqlSupport() {
    }

    public static final class CategoryTable extends AliasableSqlTable<CategoryTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> parentId = column("parent_id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public CategoryTable() {
            super("category", CategoryTable::new);
        }

        /** The columns of one row on this (aliased) table, aliased {@code prefix + column name} (unaliased for ""). */
        public BasicColumn[] columns(String prefix) {
            return PrefixedColumns.of(prefix, this);
        }
    }
}
