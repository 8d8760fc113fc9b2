package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.film_category}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class FilmCategoryDynamicSqlSupport {

    public static final FilmCategoryTable filmCategory = new FilmCategoryTable();
    public static final SqlColumn<Integer> filmId = filmCategory.filmId;
    public static final SqlColumn<Integer> categoryId = filmCategory.categoryId;

    private FilmCategoryDynamicSqlSupport() {
    }

    public static final class FilmCategoryTable extends AliasableSqlTable<FilmCategoryTable> {
        public final SqlColumn<Integer> filmId = column("film_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> categoryId = column("category_id", JDBCType.INTEGER);

        public FilmCategoryTable() {
            super(SakilaSchema.qualified("film_category"), FilmCategoryTable::new);
        }
    }
}
