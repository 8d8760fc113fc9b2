package dev.relkit.load;

import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.relkit.mapper.composite.CompositeRelationships.LINES;
import static dev.relkit.mapper.composite.CustomerOrderDynamicSqlSupport.customerOrder;
import static dev.relkit.mapper.inheritance.CompanyDynamicSqlSupport.company;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.EMPLOYEES;
import static dev.relkit.mapper.sakila.FilmActorDynamicSqlSupport.filmActor;
import static dev.relkit.mapper.sakila.FilmDynamicSqlSupport.film;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.and;
import static org.mybatis.dynamic.sql.SqlBuilder.equalTo;
import static org.mybatis.dynamic.sql.SqlBuilder.group;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThan;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.isLike;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/** The SQL of subquery loading and of the row value it compares composite keys with, as exact strings. */
class SubqueryStatementTest {

    private final LoaderStatements statements = new LoaderStatements(dev.relkit.sql.GeneratedStatements.install(new Configuration()));

    @Test
    void rowValueRendersEachColumnAsItWouldRenderAloneInASingleTableStatement() {
        var statement = select(filmActor.actorId).from(filmActor)
                .where(group(RowValueColumn.of(List.of(filmActor.filmId, filmActor.actorId)),
                        isIn(select(filmActor.filmId, filmActor.actorId).from(filmActor))),
                        and(filmActor.actorId, isGreaterThan(3)))
                .build().render(MYBATIS3);

        assertThat(statement.getSelectStatement()).isEqualTo("select actor_id from sakila.film_actor"
                + " where (film_id, actor_id) in (select film_id, actor_id from sakila.film_actor)"
                + " and actor_id > #{parameters.p1,jdbcType=INTEGER}");
    }

    @Test
    void aLoneRowValueCriterionGetsBackTheParenthesesTheLibraryStrips() {
        var stripped = select(filmActor.actorId).from(filmActor)
                .where(group(RowValueColumn.of(List.of(filmActor.filmId, filmActor.actorId)),
                        isIn(select(filmActor.filmId, filmActor.actorId).from(filmActor).where(filmActor.actorId, isGreaterThan(3)))))
                .orderBy(filmActor.actorId)
                .build().render(MYBATIS3);
        assertThat(stripped.getSelectStatement()).as("mybatis-dynamic-sql 1.5.2").isEqualTo("select actor_id"
                + " from sakila.film_actor where film_id, actor_id) in (select film_id, actor_id from sakila.film_actor"
                + " where actor_id > #{parameters.p1,jdbcType=INTEGER} order by actor_id");

        var restored = RowValueColumn.restoreLoneWhereParentheses(stripped);

        assertThat(restored.getSelectStatement()).isEqualTo("select actor_id from sakila.film_actor"
                + " where (film_id, actor_id) in (select film_id, actor_id from sakila.film_actor"
                + " where actor_id > #{parameters.p1,jdbcType=INTEGER}) order by actor_id");
        assertThat(restored.getParameters()).isEqualTo(stripped.getParameters());
        assertThat(RowValueColumn.restoreLoneWhereParentheses(restored).getSelectStatement()).as("restored once")
                .isEqualTo(restored.getSelectStatement());
    }

    @Test
    void rowValueColumnsAreQualifiedByTheirTablesWhenTheStatementHasJoins() {
        var statement = select(film.title).from(film)
                .join(filmActor).on(filmActor.filmId, equalTo(film.filmId))
                .where(group(RowValueColumn.of(List.of(filmActor.filmId, filmActor.actorId)),
                        isIn(select(filmActor.filmId, filmActor.actorId).from(filmActor))),
                        and(film.title, isLike("A%")))
                .build().render(MYBATIS3);

        assertThat(statement.getSelectStatement()).isEqualTo("select sakila.film.title from sakila.film"
                + " join sakila.film_actor on sakila.film_actor.film_id = sakila.film.film_id"
                + " where (sakila.film_actor.film_id, sakila.film_actor.actor_id) in"
                + " (select sakila.film_actor.film_id, sakila.film_actor.actor_id from sakila.film_actor)"
                + " and sakila.film.title like #{parameters.p1,jdbcType=VARCHAR}");
    }

    @Test
    void rowValueColumnsUseTheTableAliasesTheStatementGives() {
        var actedIn = filmActor.withAlias("acted_in");
        var statement = select(film.title).from(film, "f")
                .join(actedIn).on(actedIn.filmId, equalTo(film.filmId))
                .where(group(RowValueColumn.of(List.of(actedIn.filmId, actedIn.actorId)),
                        isIn(select(filmActor.filmId, filmActor.actorId).from(filmActor))),
                        and(film.title, isLike("A%")))
                .build().render(MYBATIS3);

        assertThat(statement.getSelectStatement()).isEqualTo("select f.title from sakila.film f"
                + " join sakila.film_actor acted_in on acted_in.film_id = f.film_id"
                + " where (acted_in.film_id, acted_in.actor_id) in"
                + " (select sakila.film_actor.film_id, sakila.film_actor.actor_id from sakila.film_actor)"
                + " and f.title like #{parameters.p1,jdbcType=VARCHAR}");
    }

    @Test
    void aRowValueCannotBeAliased() {
        assertThatThrownBy(() -> RowValueColumn.of(List.of(filmActor.filmId, filmActor.actorId)).as("pair"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("(film_id, actor_id)");
    }

    @Test
    void compositeKeySubqueryComparesTheRowValueWithTheParentQuerysKeyColumns() {
        var parents = select(customerOrder.id, customerOrder.customerId, customerOrder.placedAt).from(customerOrder)
                .orderBy(customerOrder.placedAt).limit(2);

        var statement = statements.subquery(subquery(LINES), parents);

        assertThat(statement.getSelectStatement()).isEqualTo("select id, order_id, customer_id, product, quantity"
                + " from customer_order_line where (order_id, customer_id) in"
                + " (select relkit_parent.id, relkit_parent.customer_id from"
                + " (select id, customer_id, placed_at from customer_order order by placed_at limit #{parameters.p1})"
                + " relkit_parent) order by id");
        assertThat(statement.getParameters()).containsEntry("p1", 2L);
    }

    @Test
    void polymorphicSubqueryJoinsTheSubtypeTablesAndSelectsTheirColumns() {
        var parents = select(company.id, company.name).from(company).where(company.name, isLike("Krusty%"));

        var statement = statements.subquery(subquery(EMPLOYEES), parents);

        assertThat(statement.getSelectStatement()).isEqualTo("select person.id, person.company_id, person.name,"
                + " person.type, engineer.primary_language, engineer.engineer_level, manager.manager_name, manager.budget"
                + " from person left join engineer on engineer.id = person.id left join manager on manager.id = person.id"
                + " where person.company_id in (select relkit_parent.id from"
                + " (select company.id, company.name from company where company.name like #{parameters.p1,jdbcType=VARCHAR})"
                + " relkit_parent) order by id");
    }
}
