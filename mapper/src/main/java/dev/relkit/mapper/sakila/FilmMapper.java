package dev.relkit.mapper.sakila;

import dev.relkit.mapper.sakila.FilmDynamicSqlSupport.FilmTable;
import dev.relkit.mapper.sakila.LanguageDynamicSqlSupport.LanguageTable;
import dev.relkit.model.sakila.Film;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipPath;
import dev.relkit.relation.RelationshipPredicates;
import dev.relkit.relation.SelectList;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.Collection;
import java.util.List;

import static dev.relkit.mapper.sakila.SakilaRelationships.FILM;
import static dev.relkit.mapper.sakila.SakilaRelationships.FILM_ACTORS;
import static dev.relkit.mapper.sakila.SakilaRelationships.FILM_LANGUAGE;
import static dev.relkit.mapper.sakila.SakilaRelationships.FILM_ORIGINAL_LANGUAGE;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.notExists;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Films with both languages: two foreign keys to one table ({@code film.language_id},
 * {@code film.original_language_id}), joined under the role aliases {@code language} and
 * {@code original_language}. The XML form loads one film by id, the dynamic-SQL form a list of ids;
 * both map rows with the XML resultMap {@code filmWithLanguagesResult}.
 */
public interface FilmMapper {

    String NAMESPACE = "dev.relkit.mapper.sakila.FilmMapper";

    /** The film table in graph queries. */
    FilmTable film = FilmDynamicSqlSupport.film.withAlias("film");
    /** {@code Film.language}'s role. */
    LanguageTable language = LanguageDynamicSqlSupport.language.withAlias(FILM_LANGUAGE.roleAlias());
    /** {@code Film.originalLanguage}'s role. */
    LanguageTable originalLanguage = LanguageDynamicSqlSupport.language.withAlias(FILM_ORIGINAL_LANGUAGE.roleAlias());

    /** Film columns, then each language's columns under the prefixes {@code filmWithLanguagesResult} expects. */
    BasicColumn[] filmWithLanguagesSelectList = SelectList.of(FILM, film)
            .and(RelationshipPath.of(FILM_LANGUAGE), language)
            .and(RelationshipPath.of(FILM_ORIGINAL_LANGUAGE), originalLanguage)
            .columns();

    // ---- XML (FilmMapper.xml) ----

    /** One film with both languages (the original one null when the film has none), or null. */
    Film selectWithLanguagesById(int filmId);

    /** Sets (or, with null, clears) a film's original language; returns the number of rows changed. */
    int updateOriginalLanguage(@Param("filmId") int filmId, @Param("originalLanguageId") Integer originalLanguageId);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("filmWithLanguagesResult")
    List<Film> selectManyWithLanguages(SelectStatementProvider selectStatement);

    /** Films with both languages, ordered by id; those ids that name no film are left out. */
    default List<Film> selectWithLanguagesByIds(Collection<Integer> filmIds) {
        return filmIds.isEmpty() ? List.of() : selectManyWithLanguages(selectWithLanguagesByIdsStatement(filmIds));
    }

    /** Films that have no actor, with both languages, ordered by id: {@code NOT EXISTS} from {@code Film.actors}. */
    default List<Film> selectWithoutActors() {
        return selectManyWithLanguages(selectWithoutActorsStatement());
    }

    /** The rendered statement of {@link #selectWithoutActors}. */
    static SelectStatementProvider selectWithoutActorsStatement() {
        var withLanguage = RelationshipJoins.on(select(filmWithLanguagesSelectList).from(film).join(language),
                FILM_LANGUAGE, film, language);
        return RelationshipJoins.on(withLanguage.leftJoin(originalLanguage), FILM_ORIGINAL_LANGUAGE, film, originalLanguage)
                // none(FILM_ACTORS), correlated to the aliased film table of this query
                .where(notExists(RelationshipPredicates.correlated(FILM_ACTORS, film.tableAlias().orElseThrow())))
                .orderBy(film.filmId)
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectWithLanguagesByIds}; {@code filmIds} must not be empty. */
    static SelectStatementProvider selectWithLanguagesByIdsStatement(Collection<Integer> filmIds) {
        SakilaIds.requireNotEmpty(filmIds, "film");
        var withLanguage = RelationshipJoins.on(select(filmWithLanguagesSelectList).from(film).join(language),
                FILM_LANGUAGE, film, language);
        return RelationshipJoins.on(withLanguage.leftJoin(originalLanguage), FILM_ORIGINAL_LANGUAGE, film, originalLanguage)
                .where(film.filmId, isIn(filmIds))
                .orderBy(film.filmId)
                .build()
                .render(MYBATIS3);
    }
}
