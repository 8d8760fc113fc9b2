package dev.relkit.mapper.hero;

import dev.relkit.model.hero.Hero;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.util.List;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.HeroRelationships.SUMMER_TEAM;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;
import static dev.relkit.mapper.hero.TeamDynamicSqlSupport.team;
import static dev.relkit.relation.RelationshipPredicates.has;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Heroes with their winter and summer teams: two foreign keys to one table.
 *
 * <p>The same queries exist twice: as XML statements ({@code HeroMapper.xml}, joined under role
 * aliases {@code winter_team} / {@code summer_team}) and as mybatis-dynamic-sql default methods that
 * take their joins and {@code EXISTS} subqueries from {@link HeroRelationships}. Both map rows with
 * the XML resultMap {@code heroWithTeamsResult}.
 */
public interface HeroMapper extends CommonCountMapper {

    String NAMESPACE = "dev.relkit.mapper.hero.HeroMapper";

    /** The winter team's role in joined queries. */
    TeamDynamicSqlSupport.TeamTable winterTeam = team.withAlias(WINTER_TEAM.roleAlias());
    /** The summer team's role in joined queries. */
    TeamDynamicSqlSupport.TeamTable summerTeam = team.withAlias(SUMMER_TEAM.roleAlias());

    /** Hero columns, then each team's columns under the prefixes {@code heroWithTeamsResult} expects. */
    BasicColumn[] heroWithTeamsSelectList = {
            hero.id, hero.name, hero.secretName, hero.age, hero.winterTeamId, hero.summerTeamId,
            winterTeam.id.as("wt_id"), winterTeam.name.as("wt_name"), winterTeam.headquarters.as("wt_headquarters"),
            summerTeam.id.as("st_id"), summerTeam.name.as("st_name"), summerTeam.headquarters.as("st_headquarters")};

    // ---- XML statements (HeroMapper.xml) ----

    /** Inserts a hero with its team foreign keys; the generated id is set on the object. */
    int insert(Hero hero);

    /** Every hero, without teams, ordered by id: the parents of loader-strategy queries. */
    List<Hero> selectAll();

    /** One hero with both teams, from one statement joining {@code team} twice. */
    Hero selectWithTeamsById(int id);

    /** Heroes whose winter team has this name, filtered through the aliased join (one statement). */
    List<Hero> selectByWinterTeamName(String teamName);

    /** Heroes whose winter and summer teams have these names, through correlated {@code EXISTS}. */
    List<Hero> selectByWinterAndSummerTeamNames(@Param("winterTeamName") String winterTeamName,
                                                @Param("summerTeamName") String summerTeamName);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("heroWithTeamsResult")
    List<Hero> selectManyWithTeams(SelectStatementProvider selectStatement);

    /** {@link #selectByWinterTeamName} built from the relationship declarations. */
    default List<Hero> selectByWinterTeamNameDynamic(String teamName) {
        return selectManyWithTeams(selectByWinterTeamNameStatement(teamName));
    }

    /** {@link #selectByWinterAndSummerTeamNames} built from the relationship declarations. */
    default List<Hero> selectByWinterAndSummerTeamNamesDynamic(String winterTeamName, String summerTeamName) {
        return selectManyWithTeams(selectByWinterAndSummerTeamNamesStatement(winterTeamName, summerTeamName));
    }

    /** The rendered statement of {@link #selectByWinterTeamNameDynamic}. */
    static SelectStatementProvider selectByWinterTeamNameStatement(String teamName) {
        var withWinterTeam = RelationshipJoins.on(select(heroWithTeamsSelectList).from(hero).join(winterTeam),
                WINTER_TEAM, hero, winterTeam);
        return RelationshipJoins.on(withWinterTeam.leftJoin(summerTeam), SUMMER_TEAM, hero, summerTeam)
                .where(winterTeam.name, isEqualTo(teamName))
                .orderBy(hero.id)
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectByWinterAndSummerTeamNamesDynamic}. */
    static SelectStatementProvider selectByWinterAndSummerTeamNamesStatement(String winterTeamName, String summerTeamName) {
        var withWinterTeam = RelationshipJoins.on(select(heroWithTeamsSelectList).from(hero).leftJoin(winterTeam),
                WINTER_TEAM, hero, winterTeam);
        return RelationshipJoins.on(withWinterTeam.leftJoin(summerTeam), SUMMER_TEAM, hero, summerTeam)
                .where(has(WINTER_TEAM, team.name, isEqualTo(winterTeamName)))
                .and(has(SUMMER_TEAM, team.name, isEqualTo(summerTeamName)))
                .orderBy(hero.id)
                .build()
                .render(MYBATIS3);
    }
}
