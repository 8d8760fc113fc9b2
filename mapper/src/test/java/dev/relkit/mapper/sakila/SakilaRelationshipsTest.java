package dev.relkit.mapper.sakila;

import dev.relkit.relation.Metamodel;
import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.sakila.FilmDynamicSqlSupport.film;
import static dev.relkit.mapper.sakila.LanguageDynamicSqlSupport.language;
import static dev.relkit.relation.RelationshipPredicates.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/** The Sakila declarations: inverses that point back, role aliases, and EXISTS filters rendered from them. */
class SakilaRelationshipsTest {

    @Test
    void everyBackPopulatesPointsBack() {
        Metamodel metamodel = Metamodel.of(SakilaRelationships.ALL);

        assertThat(metamodel.inverseOf(SakilaRelationships.FILM_ACTORS)).contains(SakilaRelationships.ACTOR_FILMS);
        assertThat(metamodel.inverseOf(SakilaRelationships.STORE_STAFF)).contains(SakilaRelationships.STAFF_STORE);
        assertThat(metamodel.inverseOf(SakilaRelationships.CUSTOMER_RENTALS)).contains(SakilaRelationships.RENTAL_CUSTOMER);
        assertThat(metamodel.inverseOf(SakilaRelationships.STORE_MANAGER)).as("the manager has no inverse").isEmpty();
    }

    @Test
    void theTwoLanguageForeignKeysHaveTheirOwnRoles() {
        assertThat(SakilaRelationships.FILM_LANGUAGE.roleAlias()).isEqualTo("language");
        assertThat(SakilaRelationships.FILM_ORIGINAL_LANGUAGE.roleAlias()).isEqualTo("original_language");
        assertThat(SakilaRelationships.FILM.tableName()).isEqualTo("sakila.film");
    }

    @Test
    void hasOnTheOriginalLanguageCorrelatesTheSecondForeignKey() {
        String sql = select(film.filmId).from(film)
                .where(has(SakilaRelationships.FILM_ORIGINAL_LANGUAGE, language.name, isEqualTo("Italian")))
                .build().render(MYBATIS3).getSelectStatement();

        assertThat(sql).isEqualTo("select film_id from sakila.film where exists (select 1 from sakila.language"
                + " original_language where original_language.language_id = sakila.film.original_language_id"
                + " and original_language.name = #{parameters.p1,jdbcType=CHAR})");
    }

    @Test
    void filmsWithoutActorsUseNotExistsThroughTheLinkTable() {
        String sql = FilmMapper.selectWithoutActorsStatement().getSelectStatement();

        assertThat(sql).contains(" where not exists (select 1 from sakila.film_actor actors_link"
                + " join sakila.actor actors on actors.actor_id = actors_link.actor_id"
                + " where actors_link.film_id = film.film_id) order by film_id");
    }
}
