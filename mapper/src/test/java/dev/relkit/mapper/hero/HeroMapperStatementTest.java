package dev.relkit.mapper.hero;

import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The hero mapper's dynamic-SQL statements, as exact SQL; HeroMapperIT runs them on MariaDB. */
class HeroMapperStatementTest {

    private static final String SELECT_LIST = "select hero.id, hero.name, hero.secret_name, hero.age,"
            + " hero.winter_team_id, hero.summer_team_id,"
            + " winter_team.id as wt_id, winter_team.name as wt_name, winter_team.headquarters as wt_headquarters,"
            + " summer_team.id as st_id, summer_team.name as st_name, summer_team.headquarters as st_headquarters";

    @Test
    void winterTeamFilterJoinsTeamTwiceUnderRoleAliases() {
        SelectStatementProvider statement = HeroMapper.selectByWinterTeamNameStatement("Preventers");

        assertThat(statement.getSelectStatement()).isEqualTo(SELECT_LIST
                + " from hero join team winter_team on winter_team.id = hero.winter_team_id"
                + " left join team summer_team on summer_team.id = hero.summer_team_id"
                + " where winter_team.name = #{parameters.p1,jdbcType=VARCHAR}"
                + " order by id");
        assertThat(statement.getParameters()).containsEntry("p1", "Preventers");
    }

    @Test
    void bothTeamsFilterUsesTwoCorrelatedExists() {
        SelectStatementProvider statement =
                HeroMapper.selectByWinterAndSummerTeamNamesStatement("Preventers", "Z-Force");

        assertThat(statement.getSelectStatement()).isEqualTo(SELECT_LIST
                + " from hero left join team winter_team on winter_team.id = hero.winter_team_id"
                + " left join team summer_team on summer_team.id = hero.summer_team_id"
                + " where exists (select 1 from team winter_team where winter_team.id = hero.winter_team_id"
                + " and winter_team.name = #{parameters.p1,jdbcType=VARCHAR})"
                + " and exists (select 1 from team summer_team where summer_team.id = hero.summer_team_id"
                + " and summer_team.name = #{parameters.p2,jdbcType=VARCHAR})"
                + " order by id");
        assertThat(statement.getParameters()).containsEntry("p1", "Preventers").containsEntry("p2", "Z-Force");
    }
}
