package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.category}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class CategoryDynamicSqlSupport {

    public static final CategoryTable category = new CategoryTable();
    public static final SqlColumn<Integer> categoryId = category.categoryId;
    public static final SqlColumn<String> name = category.name;

    private CategoryDynamicSqlSupport() {
    }

    public static final class CategoryTable extends AliasableSqlTable<CategoryTable> {
        public final SqlColumn<Integer> categoryId = column("category_id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public CategoryTable() {
            super(SakilaSchema.qualified("category"), CategoryTable::new);
        }
    }
}
