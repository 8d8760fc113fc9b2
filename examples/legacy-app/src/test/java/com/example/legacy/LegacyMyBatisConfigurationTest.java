package com.example.legacy;

import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The application's {@code mybatis-config.xml} with relkit's mappers, parsed and built without a
 * database: a broken mapper XML, or a reference to a relkit fragment or resultMap that no longer
 * exists, fails the build here.
 */
class LegacyMyBatisConfigurationTest {

    private static final String REPORTS = "com.example.legacy.mapper.HeroReportMapper.";

    private final Configuration configuration = LegacyMyBatis.configuration(new Properties());

    @Test
    void everyStatementBuildsAndEveryReferenceResolves() {
        MapperCheck.verify(configuration);

        assertThat(configuration.getMappedStatementNames())
                .contains(REPORTS + "selectHeroesOfTeam", REPORTS + "selectTeamWithWinterRoster",
                        REPORTS + "selectTeamHeadcounts", REPORTS + "updateTeams",
                        "dev.relkit.mapper.hero.HeroMapper.insert", "dev.relkit.mapper.hero.HeroMapper.selectWithTeamsById");
    }

    @Test
    void reportStatementsMapRowsWithRelkitsResultMapsByFullId() {
        assertThat(configuration.getMappedStatement(REPORTS + "selectHeroesOfTeam").getResultMaps())
                .extracting(ResultMap::getId)
                .containsExactly("dev.relkit.mapper.hero.HeroMapper.heroWithTeamsResult");
        assertThat(configuration.getMappedStatement(REPORTS + "selectTeamWithWinterRoster").getResultMaps())
                .extracting(ResultMap::getId)
                .containsExactly(REPORTS + "teamWithWinterRosterResult");
    }

    @Test
    void rosterResultMapExtendsRelkitsTeamResultWithRelkitsHeroResultUnderAPrefix() {
        ResultMap roster = configuration.getResultMap(REPORTS + "teamWithWinterRosterResult");

        assertThat(roster.getResultMappings())
                .extracting(ResultMapping::getProperty, ResultMapping::getColumn, ResultMapping::getNestedResultMapId,
                        ResultMapping::getColumnPrefix)
                .containsExactlyInAnyOrder(
                        tuple("id", "id", null, null),
                        tuple("name", "name", null, null),
                        tuple("headquarters", "headquarters", null, null),
                        tuple("winterHeroes", null, "dev.relkit.mapper.hero.HeroMapper.heroResult", "wh_"));
        assertThat(roster.getIdResultMappings()).extracting(ResultMapping::getProperty)
                .as("the id comes from relkit's teamResult").containsExactly("id");
    }

    @Test
    void headcountRowComposesRelkitsTeamResultAndIsIdentifiedByTheTeamsKey() {
        ResultMap headcount = configuration.getResultMap(REPORTS + "teamHeadcountResult");

        assertThat(headcount.getIdResultMappings())
                .extracting(ResultMapping::getProperty, ResultMapping::getColumn)
                .containsExactly(tuple(null, "team_id"));
        assertThat(headcount.getResultMappings())
                .filteredOn(mapping -> mapping.getNestedResultMapId() != null)
                .extracting(ResultMapping::getProperty, ResultMapping::getNestedResultMapId, ResultMapping::getColumnPrefix)
                .containsExactly(tuple("team", "dev.relkit.mapper.hero.TeamMapper.teamResult", "team_"));
    }

    @Test
    void includedRelkitFragmentsRenderUnderTheReportsAliasesAndPrefixes() {
        assertThat(sql(REPORTS + "selectHeroesOfTeam")).isEqualTo("SELECT"
                + " hero.id AS id, hero.name AS name, hero.secret_name AS secret_name, hero.age AS age,"
                + " hero.winter_team_id AS winter_team_id, hero.summer_team_id AS summer_team_id,"
                + " winter_team.id AS wt_id, winter_team.name AS wt_name, winter_team.headquarters AS wt_headquarters,"
                + " summer_team.id AS st_id, summer_team.name AS st_name, summer_team.headquarters AS st_headquarters"
                + " FROM hero"
                + " LEFT JOIN team winter_team ON winter_team.id = hero.winter_team_id"
                + " LEFT JOIN team summer_team ON summer_team.id = hero.summer_team_id"
                + " WHERE winter_team.name = ? OR summer_team.name = ?"
                + " ORDER BY hero.id");
        assertThat(sql(REPORTS + "selectTeamWithWinterRoster")).isEqualTo("SELECT"
                + " team.id AS id, team.name AS name, team.headquarters AS headquarters,"
                + " winter_heroes.id AS wh_id, winter_heroes.name AS wh_name, winter_heroes.secret_name AS wh_secret_name,"
                + " winter_heroes.age AS wh_age, winter_heroes.winter_team_id AS wh_winter_team_id,"
                + " winter_heroes.summer_team_id AS wh_summer_team_id"
                + " FROM team"
                + " LEFT JOIN hero winter_heroes ON winter_heroes.winter_team_id = team.id"
                + " WHERE team.id = ?"
                + " ORDER BY winter_heroes.id");
    }

    @Test
    void productionConfigurationTakesJdbcPropertiesAndRelkitsSettings() {
        Properties jdbc = new Properties();
        jdbc.setProperty("jdbc.url", "jdbc:mariadb://db.example.invalid:3306/heroes");

        Configuration production = LegacyMyBatis.configuration(jdbc);

        assertThat(production.getEnvironment().getDataSource()).isInstanceOfSatisfying(PooledDataSource.class,
                pool -> assertThat(pool.getUrl()).isEqualTo("jdbc:mariadb://db.example.invalid:3306/heroes"));
        assertThat(production.getDefaultStatementTimeout()).as("the application's own setting").isEqualTo(30);
        assertThat(production.isLazyLoadingEnabled()).as("relkit's setting").isTrue();
        assertThat(production.getLazyLoadTriggerMethods()).as("relkit's setting").isEmpty();
    }

    /** The statement's SQL with whitespace collapsed (and none before a comma, where fragments end). */
    private String sql(String statementId) {
        MappedStatement statement = configuration.getMappedStatement(statementId);
        return statement.getBoundSql(Map.of()).getSql().replaceAll("\\s+", " ").replace(" ,", ",").trim();
    }
}
