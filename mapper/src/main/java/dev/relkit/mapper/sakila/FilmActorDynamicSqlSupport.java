package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.film_actor}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class FilmActorDynamicSqlSupport {

    public static final FilmActorTable filmActor = new FilmActorTable();
    public static final SqlColumn<Integer> actorId = filmActor.actorId;
    public static final SqlColumn<Integer> filmId = filmActor.filmId;

    private FilmActorDynamicSqlSupport() {
    }

    public static final class FilmActorTable extends AliasableSqlTable<FilmActorTable> {
        public final SqlColumn<Integer> actorId = column("actor_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> filmId = column("film_id", JDBCType.INTEGER);

        public FilmActorTable() {
            super(SakilaSchema.qualified("film_actor"), FilmActorTable::new);
        }
    }
}
