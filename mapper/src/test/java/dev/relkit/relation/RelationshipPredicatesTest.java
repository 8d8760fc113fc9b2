package dev.relkit.relation;

import dev.relkit.mapper.hero.HeroRelationships;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.TeamDynamicSqlSupport.team;
import static dev.relkit.relation.RelationshipPredicates.any;
import static dev.relkit.relation.RelationshipPredicates.has;
import static dev.relkit.relation.RelationshipPredicates.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/** The EXISTS filters derived from relationship declarations, checked as exact SQL. */
class RelationshipPredicatesTest {

    @Test
    void hasRendersCorrelatedExistsUnderTheRoleAlias() {
        SelectStatementProvider statement = select(hero.name).from(hero)
                .where(has(HeroRelationships.WINTER_TEAM, team.name, isEqualTo("Preventers")))
                .build().render(MYBATIS3);

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select name from hero where exists (select 1 from team winter_team"
                        + " where winter_team.id = hero.winter_team_id"
                        + " and winter_team.name = #{parameters.p1,jdbcType=VARCHAR})");
        assertThat(statement.getParameters()).containsEntry("p1", "Preventers");
    }

    @Test
    void hasWithoutCriteriaTestsThatTheReferenceIsSet() {
        SelectStatementProvider statement = select(hero.name).from(hero)
                .where(has(HeroRelationships.SUMMER_TEAM))
                .build().render(MYBATIS3);

        assertThat(statement.getSelectStatement()).isEqualTo(
                "select name from hero where exists (select 1 from team summer_team"
                        + " where summer_team.id = hero.summer_team_id)");
    }

    @Test
    void anyAndNoneCorrelateTheCollectionsForeignKey() {
        SelectStatementProvider withHeroes = select(team.name).from(team)
                .where(any(HeroRelationships.WINTER_HEROES, hero.age, isEqualTo(48)))
                .build().render(MYBATIS3);
        SelectStatementProvider withoutHeroes = select(team.name).from(team)
                .where(none(HeroRelationships.SUMMER_HEROES))
                .build().render(MYBATIS3);

        assertThat(withHeroes.getSelectStatement()).isEqualTo(
                "select name from team where exists (select 1 from hero winter_heroes"
                        + " where winter_heroes.winter_team_id = team.id"
                        + " and winter_heroes.age = #{parameters.p1,jdbcType=INTEGER})");
        assertThat(withoutHeroes.getSelectStatement()).isEqualTo(
                "select name from team where not exists (select 1 from hero summer_heroes"
                        + " where summer_heroes.summer_team_id = team.id)");
    }

    @Test
    void rejectsHasOnACollectionAndAnyOnAReference() {
        assertThatThrownBy(() -> has(HeroRelationships.WINTER_HEROES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Team.winterHeroes")
                .hasMessageContaining("use any()");
        assertThatThrownBy(() -> any(HeroRelationships.WINTER_TEAM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hero.winterTeam")
                .hasMessageContaining("use has()");
    }

    @Test
    void aHostileOwnerAliasIsRefusedBeforeAnySqlIsBuilt() {
        // before: "hero.id) or (1=1" was pasted into the correlation and has() matched every hero
        assertThatThrownBy(() -> RelationshipPredicates.hasFrom("hero.id) or (1=1", HeroRelationships.WINTER_TEAM,
                team.name, isEqualTo("nobody")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hero.winterTeam owner alias: 'hero.id) or (1=1' is not a table alias");
        assertThatThrownBy(() -> RelationshipOrder.of(HeroRelationships.WINTER_HEROES, "x; drop table hero"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrefixedColumns.of("x as y, hero.secret_name as ", hero.name))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
