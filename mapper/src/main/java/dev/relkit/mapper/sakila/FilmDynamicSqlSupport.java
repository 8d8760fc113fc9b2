package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.film}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class FilmDynamicSqlSupport {

    public static final FilmTable film = new FilmTable();
    public static final SqlColumn<Integer> filmId = film.filmId;
    public static final SqlColumn<String> title = film.title;
    public static final SqlColumn<String> description = film.description;
    public static final SqlColumn<Integer> releaseYear = film.releaseYear;
    public static final SqlColumn<Integer> languageId = film.languageId;
    public static final SqlColumn<Integer> originalLanguageId = film.originalLanguageId;
    public static final SqlColumn<Integer> rentalDuration = film.rentalDuration;
    public static final SqlColumn<BigDecimal> rentalRate = film.rentalRate;
    public static final SqlColumn<Integer> length = film.length;
    public static final SqlColumn<BigDecimal> replacementCost = film.replacementCost;
    public static final SqlColumn<String> rating = film.rating;

    private FilmDynamicSqlSupport() {
    }

    public static final class FilmTable extends AliasableSqlTable<FilmTable> {
        public final SqlColumn<Integer> filmId = column("film_id", JDBCType.INTEGER);
        public final SqlColumn<String> title = column("title", JDBCType.VARCHAR);
        public final SqlColumn<String> description = column("description", JDBCType.LONGVARCHAR);
        public final SqlColumn<Integer> releaseYear = column("release_year", JDBCType.INTEGER);
        public final SqlColumn<Integer> languageId = column("language_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> originalLanguageId = column("original_language_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> rentalDuration = column("rental_duration", JDBCType.INTEGER);
        public final SqlColumn<BigDecimal> rentalRate = column("rental_rate", JDBCType.DECIMAL);
        public final SqlColumn<Integer> length = column("length", JDBCType.INTEGER);
        public final SqlColumn<BigDecimal> replacementCost = column("replacement_cost", JDBCType.DECIMAL);
        public final SqlColumn<String> rating = column("rating", JDBCType.VARCHAR);

        public FilmTable() {
            super(SakilaSchema.qualified("film"), FilmTable::new);
        }
    }
}
