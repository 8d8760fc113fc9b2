package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.mapper.hero.TeamMapper;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.load.DetachedInstanceException;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.HeroRelationships.SUMMER_TEAM;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_HEROES;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;
import static dev.relkit.mapper.hero.TeamDynamicSqlSupport.team;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThan;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Every loader strategy on the hero relationships (many-to-one {@code Hero.winterTeam} /
 * {@code summerTeam}, one-to-many {@code Team.winterHeroes}), counted in statements.
 */
@RelkitTest
class HeroLoadingIT {

    @Test
    void selectInLoadsBothManyToOnesInOneStatementEachAndSharesTeamObjects(
            SqlSession session, HeroMapper heroes, StatementRecorder statements) {
        List<Hero> loaded = statements.assertCount(3, () -> ReferenceCatalogue.loader(session)
                .load(heroes.selectAll(), LoadPlan.of(selectIn(WINTER_TEAM), selectIn(SUMMER_TEAM))));

        assertThat(loaded).extracting(Hero::getName, h -> h.getWinterTeam().getName(), h -> h.getSummerTeam().getName())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("Deadpond", "Preventers", "Z-Force"),
                        org.assertj.core.api.Assertions.tuple("Rusty-Man", "Preventers", "Preventers"));
        Hero deadpond = loaded.get(0);
        Hero rusty = loaded.get(1);
        assertThat(rusty.getWinterTeam()).as("one object per row within a load").isSameAs(deadpond.getWinterTeam())
                .isSameAs(rusty.getSummerTeam());
    }

    @Test
    void selectInRendersOneInStatementFromTheDeclaration(SqlSession session, HeroMapper heroes, StatementRecorder statements) {
        List<Hero> parents = heroes.selectAll();

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session)
                .load(parents, LoadPlan.of(selectIn(SUMMER_TEAM))));

        assertThat(run).singleElement().satisfies(statement -> {
            assertThat(statement.oneLineSql()).isEqualTo(
                    "select id, name, headquarters from team where id in (?,?) order by id");
            assertThat(statement.parameters()).containsExactly(2, 1); // keys are sent as the model declares them (Integer)
        });
    }

    @Test
    void selectInFillsOneToManyCollectionsAndChainedJoinedLoadsInTheSameStatement(
            SqlSession session, TeamMapper teams, StatementRecorder statements) {
        List<Team> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(teams.selectAll(), LoadPlan.of(selectIn(WINTER_HEROES).joined(SUMMER_TEAM))));

        Team preventers = loaded.get(0);
        Team zForce = loaded.get(1);
        assertThat(preventers.getWinterHeroes()).extracting(Hero::getName).containsExactly("Deadpond", "Rusty-Man");
        assertThat(preventers.getWinterHeroes()).extracting(h -> h.getSummerTeam().getName())
                .containsExactly("Z-Force", "Preventers");
        assertThat(zForce.getWinterHeroes()).isEmpty();
    }

    @ParameterizedTest(name = "{0} parents")
    @ValueSource(ints = {1, 10, 1000})
    void selectInCostsTheSameStatementsWhateverTheNumberOfParents(int parentCount, SqlSession session,
                                                                 TeamMapper teams, HeroMapper heroes,
                                                                 StatementRecorder statements) {
        Team base = new Team("Base", "Nowhere");
        teams.insert(base);
        for (int i = 0; i < parentCount; i++) {
            Team extra = new Team("Team " + i, "HQ " + i);
            teams.insert(extra);
            Hero member = new Hero("Hero " + i, "Secret " + i, i);
            member.setWinterTeamId(extra.getId());
            member.setSummerTeamId(base.getId());
            heroes.insert(member);
        }
        List<Hero> parents = heroes.selectAll();
        assertThat(parents).hasSize(parentCount + 2);

        statements.assertCount(3, () -> ReferenceCatalogue.loader(session, 5000)
                .load(parents, LoadPlan.of(selectIn(WINTER_TEAM), selectIn(SUMMER_TEAM).selectIn(HeroRelationships.SUMMER_HEROES))));
        // teams: 1 statement each for winter and summer, then the summer teams' heroes: 1

        assertThat(parents).allSatisfy(h -> assertThat(h.getWinterTeam()).isNotNull());
        Team baseLoaded = parents.get(2).getSummerTeam();
        assertThat(baseLoaded.getName()).isEqualTo("Base");
        assertThat(baseLoaded.getSummerHeroes()).hasSize(parentCount);
    }

    @Test
    void chunksKeysIntoSeveralInStatements(SqlSession session, HeroMapper heroes, StatementRecorder statements) {
        List<Hero> parents = heroes.selectAll();

        statements.assertCount(2, () -> ReferenceCatalogue.loader(session, 1).load(parents, LoadPlan.of(selectIn(SUMMER_TEAM))));

        assertThat(parents).extracting(h -> h.getSummerTeam().getName()).containsExactly("Z-Force", "Preventers");
    }

    @Test
    void extraCriteriaLoadOnlyMatchingChildrenWithoutChangingTheRelationship(
            SqlSession session, TeamMapper teams, StatementRecorder statements) {
        List<Team> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(teams.selectAll(), LoadPlan.of(selectIn(WINTER_HEROES).where(hero.age, isGreaterThan(40)))));

        assertThat(loaded.get(0).getWinterHeroes()).extracting(Hero::getName).containsExactly("Rusty-Man");
    }

    @Test
    void subqueryLoadsChildrenThroughTheParentQueryInOneStatement(SqlSession session, StatementRecorder statements) {
        var preventersOnly = select(team.id, team.name, team.headquarters).from(team).where(team.name, isEqualTo("Preventers"));

        List<RecordedStatement> run = statements.record(() -> {
            List<Team> loaded = ReferenceCatalogue.loader(session)
                    .query(HeroRelationships.TEAM, preventersOnly, LoadPlan.of(subquery(WINTER_HEROES)));
            assertThat(loaded).singleElement().satisfies(t ->
                    assertThat(t.getWinterHeroes()).extracting(Hero::getName).containsExactly("Deadpond", "Rusty-Man"));
        });

        assertThat(run).hasSize(2);
        assertThat(run.get(1).oneLineSql()).contains(
                "where winter_team_id in (select relkit_parent.id from (select id, name, headquarters from team where name = ?) relkit_parent)");
    }

    @Test
    void raiseFailsOnTouchNamingEntityRelationshipAndKeyButPrintsSafely(
            SqlSession session, HeroMapper heroes, TeamMapper teams, StatementRecorder statements) {
        List<Hero> loaded = heroes.selectAll();
        List<Team> allTeams = teams.selectAll();
        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(raise(WINTER_TEAM)));
            ReferenceCatalogue.loader(session).load(allTeams, LoadPlan.of(raise(WINTER_HEROES)));
        });

        Hero deadpond = loaded.get(0);
        assertThat(deadpond.getWinterTeam().toString()).contains("not loaded");
        assertThatThrownBy(() -> deadpond.getWinterTeam().getName())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Hero.winterTeam").hasMessageContaining("Hero#1");
        assertThat(allTeams.get(0).getWinterHeroes().toString()).contains("raise: Team.winterHeroes of Team#1");
        assertThatThrownBy(() -> allTeams.get(0).getWinterHeroes().size())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Team.winterHeroes").hasMessageContaining("Team#1");
    }

    @Test
    void lazyLoadsOnFirstUseOnlyAndNeverFromToStringEqualsOrHashCode(
            SqlSession session, HeroMapper heroes, TeamMapper teams, StatementRecorder statements) {
        List<Hero> loaded = heroes.selectAll();
        List<Team> allTeams = teams.selectAll();
        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(lazy(WINTER_TEAM)));
            ReferenceCatalogue.loader(session).load(allTeams, LoadPlan.of(lazy(WINTER_HEROES)));
        });
        Team winterTeam = loaded.get(0).getWinterTeam();
        List<Hero> winterHeroes = allTeams.get(0).getWinterHeroes();

        statements.assertCount(0, () -> {
            assertThat(winterTeam.toString()).contains("not loaded");
            assertThat(winterTeam.equals(winterTeam)).isTrue();
            assertThat(winterTeam.hashCode()).isEqualTo(System.identityHashCode(winterTeam));
            assertThat(winterHeroes.toString()).contains("lazy: Team.winterHeroes of Team#1");
        });
        assertThat(statements.assertCount(1, winterTeam::getName)).isEqualTo("Preventers");
        assertThat(statements.assertCount(1, winterHeroes::size)).isEqualTo(2);
        statements.assertCount(0, () -> assertThat(winterHeroes).extracting(Hero::getName).containsExactly("Deadpond", "Rusty-Man"));
    }

    @Test
    void lazyAfterTheSessionClosedIsADetachedErrorNamingTheRelationship(SqlSessionFactory factory) {
        List<Team> allTeams;
        try (SqlSession own = factory.openSession()) {
            allTeams = own.getMapper(TeamMapper.class).selectAll();
            ReferenceCatalogue.loader(own).load(allTeams, LoadPlan.of(lazy(WINTER_HEROES)));
        }
        List<Hero> detached = allTeams.get(1).getWinterHeroes();

        assertThatThrownBy(detached::size)
                .isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("Team.winterHeroes").hasMessageContaining("Team#2").hasMessageContaining("closed");
    }

    @Test
    void noLoadLeavesRelationshipsEmptyWithoutSql(SqlSession session, TeamMapper teams, HeroMapper heroes,
                                                 StatementRecorder statements) {
        List<Team> allTeams = teams.selectAll();
        List<Hero> withTeams = List.of(heroes.selectWithTeamsById(1));

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(allTeams, LoadPlan.of(noLoad(WINTER_HEROES)));
            ReferenceCatalogue.loader(session).load(withTeams, LoadPlan.of(noLoad(WINTER_TEAM)));
        });

        assertThat(allTeams).allSatisfy(t -> assertThat(t.getWinterHeroes()).isEmpty());
        assertThat(withTeams.get(0).getWinterTeam()).isNull();
        assertThat(withTeams.get(0).getSummerTeam()).isNotNull();
    }

    @Test
    void joinedAtTheTopLevelTrustsTheStatementAndRunsChainedOptionsOnItsTargets(
            SqlSession session, HeroMapper heroes, StatementRecorder statements) {
        List<Hero> withTeams = heroes.selectByWinterTeamName("Preventers");

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session)
                .load(withTeams, LoadPlan.of(joined(WINTER_TEAM).selectIn(WINTER_HEROES))));

        assertThat(withTeams.get(0).getWinterTeam().getWinterHeroes()).extracting(Hero::getName)
                .containsExactly("Deadpond", "Rusty-Man");
    }

    @Test
    void rejectsAnOptionForAnotherEntityNamingBoth(SqlSession session, HeroMapper heroes) {
        List<Hero> parents = heroes.selectAll();

        assertThatThrownBy(() -> ReferenceCatalogue.loader(session).load(parents, LoadPlan.of(selectIn(WINTER_HEROES))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Team.winterHeroes").hasMessageContaining("Hero");
    }

    @Test
    void aLazyReferenceToARowThatDoesNotExistSaysSoOnceAndDoesNotQueryAgain(SqlSession session, HeroMapper heroes,
                                                                         StatementRecorder statements) throws Exception {
        dev.relkit.testing.PlainSql.update(session, "SET foreign_key_checks = 0");
        dev.relkit.testing.PlainSql.update(session, "UPDATE hero SET winter_team_id = 999 WHERE id = 1");
        dev.relkit.testing.PlainSql.update(session, "SET foreign_key_checks = 1");
        List<Hero> loaded = heroes.selectAll();
        ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(lazy(WINTER_TEAM)));
        Team dangling = loaded.get(0).getWinterTeam();

        statements.assertCount(1, () -> org.assertj.core.api.Assertions.assertThatThrownBy(dangling::getName)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Team Hero.winterTeam of Hero#1 refers to a row that does not exist: the foreign key holds a key"
                        + " no row has (deleted since, or not guarded by a foreign-key constraint)"));
        statements.assertCount(0, () -> org.assertj.core.api.Assertions.assertThatThrownBy(dangling::getName)
                .isInstanceOf(IllegalStateException.class));
    }
}
