package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;
import dev.relkit.session.EntityState;
import dev.relkit.session.FlushException;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.HeroRelationships.HERO;
import static dev.relkit.mapper.hero.HeroRelationships.SUMMER_TEAM;
import static dev.relkit.mapper.hero.HeroRelationships.TEAM;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_HEROES;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;
import static dev.relkit.mapper.hero.TeamDynamicSqlSupport.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThan;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * The unit of work on the hero domain (many-to-one {@code Hero.winterTeam} / {@code summerTeam} and
 * their inverse collections), with rows checked by plain JDBC after each flush, commit and rollback.
 * The class commits, so it has its own database; each test starts from the reference rows.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class HeroUnitOfWorkIT {

    private static final Metamodel HEROES = Metamodel.of(HeroRelationships.ALL);
    private static final String HERO_ROWS =
            "select h.name, h.age, w.name, s.name from hero h left join team w on w.id = h.winter_team_id"
                    + " left join team s on s.id = h.summer_team_id order by h.id";

    private final BackReferences backReferences = new BackReferences(HEROES);
    private RelkitSession unit;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        unit = ReferenceCatalogue.session(factory.openSession(false));
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    @Test
    void insertsNewTeamsBeforeTheHeroesThatReferToThemAndCopiesTheirGeneratedIds(
            StatementRecorder statements, DataSource dataSource) {
        Team avengers = new Team("Avengers", "Stark Tower");
        Team xForce = new Team("X-Force", "Graymalkin Lane");
        Hero spiderBoy = new Hero("Spider-Boy", "Pedro Parqueador", null);
        backReferences.set(WINTER_TEAM, spiderBoy, avengers);
        backReferences.set(SUMMER_TEAM, spiderBoy, xForce);
        Hero tarantula = new Hero("Tarantula", "Natalia Roman-on", 32);
        backReferences.set(WINTER_TEAM, tarantula, avengers);
        backReferences.set(SUMMER_TEAM, tarantula, avengers);
        unit.add(spiderBoy); // the teams follow by save-update cascade
        unit.add(tarantula);
        assertThat(List.of(spiderBoy, tarantula, avengers, xForce)).extracting(unit::state).containsOnly(EntityState.NEW);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "insert into team (name, headquarters) values (?, ?), (?, ?) returning id",
                "insert into hero (name, secret_name, age, winter_team_id, summer_team_id) values (?, ?, null, ?, ?), (?, ?, ?, ?, ?) returning id");
        assertThat(avengers.getId()).isNotNull();
        assertThat(xForce.getId()).isNotNull().isNotEqualTo(avengers.getId());
        assertThat(flushed.get(1).parameters()).as("each hero's row with its own teams' generated ids").containsExactly(
                "Spider-Boy", "Pedro Parqueador", avengers.getId(), xForce.getId(),
                "Tarantula", "Natalia Roman-on", 32, avengers.getId(), avengers.getId());
        assertThat(spiderBoy).extracting(Hero::getWinterTeamId, Hero::getSummerTeamId).containsExactly(avengers.getId(), xForce.getId());
        assertThat(tarantula).extracting(Hero::getWinterTeamId, Hero::getSummerTeamId).containsExactly(avengers.getId(), avengers.getId());
        assertThat(List.of(spiderBoy, tarantula, avengers, xForce)).extracting(unit::state).containsOnly(EntityState.PERSISTENT);
        assertThat(unit.relkit().generatedStatements().statementIds()).as("one generated statement per entity and operation")
                .anyMatch(id -> id.endsWith(".insert.rows.dev.relkit.model.hero.Team"))
                .anyMatch(id -> id.endsWith(".insert.rows.dev.relkit.model.hero.Hero"));
        assertThat(unit.sqlSession().getConfiguration().getMappedStatementNames()).as("none added to MyBatis's configuration")
                .noneMatch(id -> id.contains("returningKey") || id.contains(".rows."));
        assertThat(Rows.read(connection(), HERO_ROWS)).as("the flush's rows, seen by its transaction").containsExactly(
                "Deadpond|null|Preventers|Z-Force", "Rusty-Man|48|Preventers|Preventers",
                "Spider-Boy|null|Avengers|X-Force", "Tarantula|32|Avengers|Avengers");
        assertThat(Rows.committed(dataSource, "select count(*) from hero")).as("nothing committed yet").containsExactly("2");

        statements.assertCount(0, unit::commit);

        assertThat(Rows.committed(dataSource, HERO_ROWS)).containsExactly(
                "Deadpond|null|Preventers|Z-Force", "Rusty-Man|48|Preventers|Preventers",
                "Spider-Boy|null|Avengers|X-Force", "Tarantula|32|Avengers|Avengers");
    }

    @Test
    void flushingTwiceWritesNothingTheSecondTime(StatementRecorder statements, DataSource dataSource) {
        Hero spiderBoy = new Hero("Spider-Boy", "Pedro Parqueador", null);
        backReferences.set(WINTER_TEAM, spiderBoy, new Team("Avengers", "Stark Tower"));
        unit.add(spiderBoy);
        statements.assertCount(2, unit::flush);

        statements.assertCount(0, unit::flush);
        statements.assertCount(0, unit::commit);

        assertThat(Rows.committed(dataSource, "select name, winter_team_id, summer_team_id from hero where name = 'Spider-Boy'"))
                .containsExactly("Spider-Boy|" + spiderBoy.getWinterTeam().getId() + "|null");
    }

    @Test
    void changingOneAttributeWritesOneUpdateOfThatColumnOnly(StatementRecorder statements, DataSource dataSource) {
        Hero deadpond = statements.assertCount(1, () -> unit.get(HERO, 1));
        assertThat(deadpond).usingRecursiveComparison().ignoringFields("winterHeroes", "summerHeroes")
                .isEqualTo(hero(1, "Deadpond", "Dive Wilson", null, 1, 2));

        deadpond.setAge(30);
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).singleElement().satisfies(update -> {
            assertThat(update.oneLineSql()).isEqualTo("update hero set age = ? where id = ?");
            assertThat(update.parameters()).containsExactly(30, 1L);
        });
        statements.assertCount(0, unit::flush);
        assertThat(Rows.committed(dataSource, "select age from hero where id = 1")).as("before commit").containsExactly("null");
        unit.commit();
        assertThat(Rows.committed(dataSource, "select age from hero where id = 1")).containsExactly("30");
    }

    @Test
    void movingAHeroToAnotherTeamCopiesThatTeamsKeyIntoTheForeignKey(StatementRecorder statements, DataSource dataSource) {
        Hero rusty = unit.get(HERO, 2);
        Team zForce = unit.get(TEAM, 2);
        rusty.setWinterTeam(zForce); // only the reference: the flush copies the key

        List<RecordedStatement> flushed = statements.record(unit::commit);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly("update hero set winter_team_id = ? where id = ?");
        assertThat(rusty.getWinterTeamId()).isEqualTo(2);
        assertThat(Rows.committed(dataSource, HERO_ROWS)).containsExactly(
                "Deadpond|null|Preventers|Z-Force", "Rusty-Man|48|Z-Force|Preventers");
    }

    @Test
    void addingANewHeroToALoadedTeamsCollectionInsertsItWithTheTeamsKey(StatementRecorder statements, DataSource dataSource) {
        Team zForce = unit.get(TEAM, 2);
        Hero domino = new Hero("Domino", "Neena Thurman", 29);
        zForce.getWinterHeroes().add(domino); // one-to-many side only: cascade and key come from Team.winterHeroes

        statements.assertCount(1, unit::commit);

        assertThat(domino.getWinterTeamId()).isEqualTo(2);
        assertThat(Rows.committed(dataSource, "select name, winter_team_id from hero where name = 'Domino'")).containsExactly("Domino|2");
    }

    @Test
    void theIdentityMapGivesOneObjectPerRowWhicheverWayItIsLoaded(StatementRecorder statements) {
        Team first = statements.assertCount(1, () -> unit.get(TEAM, 1));
        Team again = statements.assertCount(0, () -> unit.get(TEAM, 1L));
        List<Team> queried = statements.assertCount(1, () -> unit.query(TEAM,
                select(team.id, team.name, team.headquarters).from(team).orderBy(team.id)));
        List<Hero> olderHeroes = unit.query(HERO, select(hero.id, hero.name, hero.secretName, hero.age, hero.winterTeamId, hero.summerTeamId)
                .from(hero).where(hero.age, isGreaterThan(40)));

        assertThat(again).isSameAs(first);
        assertThat(queried.get(0)).isSameAs(first);
        assertThat(queried).extracting(Team::getId, Team::getName).containsExactly(tuple(1, "Preventers"), tuple(2, "Z-Force"));
        assertThat(olderHeroes).singleElement().isSameAs(statements.assertCount(0, () -> unit.get(HERO, 2)));
        assertThat(unit.identity(TEAM, 3)).isNull();
        assertThat(statements.assertCount(1, () -> unit.get(TEAM, 99))).as("no such row").isNull();
    }

    @Test
    void deleteRemovesTheRowAndTheObjectLeavesTheSession(StatementRecorder statements, DataSource dataSource) {
        Hero rusty = unit.get(HERO, 2);
        unit.delete(rusty);
        assertThat(unit.state(rusty)).isEqualTo(EntityState.DELETED);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly("delete from hero where id = ?");
        assertThat(unit.state(rusty)).isEqualTo(EntityState.DETACHED);
        assertThat(Rows.read(connection(), "select name from hero order by id")).containsExactly("Deadpond");
        unit.commit();
        assertThat(Rows.committed(dataSource, "select name from hero order by id")).containsExactly("Deadpond");
    }

    @Test
    void rollbackRemovesTheRowsAndMakesTheObjectsNewAgainSoTheUnitCanBeCommittedLater(
            StatementRecorder statements, DataSource dataSource) {
        Team avengers = new Team("Avengers", "Stark Tower");
        Hero spiderBoy = new Hero("Spider-Boy", "Pedro Parqueador", null);
        backReferences.set(WINTER_TEAM, spiderBoy, avengers);
        unit.add(spiderBoy);
        Hero deadpond = unit.get(HERO, 1);
        deadpond.setAge(31);
        unit.flush();
        assertThat(Rows.read(connection(), "select count(*) from team where name = 'Avengers'")).containsExactly("1");

        unit.rollback();

        assertThat(Rows.read(connection(), "select count(*) from team where name = 'Avengers'")).containsExactly("0");
        assertThat(Rows.committed(dataSource, "select name, age from hero order by id")).containsExactly("Deadpond|null", "Rusty-Man|48");
        assertThat(List.of(spiderBoy, avengers)).extracting(unit::state).containsOnly(EntityState.NEW);
        assertThat(avengers.getId()).isNull();
        assertThat(spiderBoy).extracting(Hero::getId, Hero::getWinterTeamId).containsExactly(null, null);
        assertThat(deadpond.getAge()).as("the application's change stays pending").isEqualTo(31);

        statements.assertCount(3, unit::commit); // team, hero, and Deadpond's age again

        assertThat(Rows.committed(dataSource, HERO_ROWS)).containsExactly(
                "Deadpond|31|Preventers|Z-Force", "Rusty-Man|48|Preventers|Preventers", "Spider-Boy|null|Avengers|null");
    }

    @Test
    void aFailedFlushLeavesNoRowsAndTheSameUnitSucceedsOnceTheDataIsFixed(StatementRecorder statements, DataSource dataSource) {
        for (int round = 0; round < 20; round++) {
            boolean duplicateTeam = round % 2 == 1;
            String teamName = "Team " + round;
            Team team = new Team(duplicateTeam ? "Preventers" : teamName, "HQ " + round); // Preventers exists: unique key
            Hero leader = new Hero("Leader " + round, "Secret " + round, round);
            Hero sidekick = new Hero(duplicateTeam ? "Sidekick " + round : null, "Hidden " + round, null); // name is NOT NULL
            backReferences.set(WINTER_TEAM, leader, team);
            backReferences.add(WINTER_HEROES, team, sidekick);
            unit.add(leader);
            List<String> heroesBefore = Rows.committed(dataSource, "select name from hero order by id");

            List<RecordedStatement> failed = statements.record(() -> assertThatThrownBy(unit::flush)
                    .isInstanceOf(FlushException.class)
                    .hasMessageContaining(duplicateTeam ? "insert of Team#new" : "insert of 2 Hero rows (Hero#new, Hero#new)")
                    .hasMessageContaining(duplicateTeam ? "Duplicate entry 'Preventers'" : "cannot be null")
                    .hasMessageContaining("rolled back"));

            assertThat(failed).as("round %d: statements up to the failing one (both heroes in one)", round).hasSize(duplicateTeam ? 1 : 2);
            assertThat(Rows.read(connection(), "select count(*) from team where headquarters = 'HQ " + round + "'"))
                    .as("round %d: no partial rows in the transaction", round).containsExactly("0");
            assertThat(Rows.committed(dataSource, "select name from hero order by id")).isEqualTo(heroesBefore);
            assertThat(List.of(team, leader, sidekick)).extracting(unit::state).containsOnly(EntityState.NEW);
            assertThat(Arrays.asList(team.getId(), leader.getId(), sidekick.getId())).containsOnlyNulls();
            assertThat(Arrays.asList(leader.getWinterTeamId(), sidekick.getWinterTeamId())).containsOnlyNulls();

            team.setName(teamName);
            sidekick.setName("Sidekick " + round);
            statements.assertCount(2, unit::commit); // the team, then both heroes in one statement

            assertThat(Rows.committed(dataSource, "select h.name, t.name from hero h join team t on t.id = h.winter_team_id"
                    + " where t.headquarters = 'HQ " + round + "' order by h.id"))
                    .containsExactly("Leader " + round + "|" + teamName, "Sidekick " + round + "|" + teamName);
            assertThat(leader.getWinterTeamId()).isEqualTo(team.getId()).isEqualTo(sidekick.getWinterTeamId());
        }
    }

    @Test
    void aFailureInALaterFlushUndoesTheWholeTransactionIncludingEarlierFlushes(StatementRecorder statements, DataSource dataSource) {
        Hero first = new Hero("First", "One", null);
        unit.add(first);
        unit.flush();
        Integer firstId = first.getId();
        assertThat(firstId).isNotNull();
        Hero broken = new Hero(null, "Two", null);
        unit.add(broken);
        Hero rusty = unit.get(HERO, 2);
        unit.delete(rusty);

        assertThatThrownBy(unit::flush).isInstanceOf(FlushException.class).hasMessageContaining("insert of Hero#new");

        assertThat(Rows.read(connection(), "select name from hero order by id")).containsExactly("Deadpond", "Rusty-Man");
        assertThat(first.getId()).as("the transaction that inserted it was rolled back").isNull();
        assertThat(List.of(first, broken)).extracting(unit::state).containsOnly(EntityState.NEW);
        assertThat(unit.state(rusty)).as("the application's delete stays requested").isEqualTo(EntityState.DELETED);
        broken.setName("Second");
        statements.assertCount(2, unit::commit); // both heroes in one insert, then Rusty-Man's delete
        assertThat(Rows.committed(dataSource, "select name from hero order by id")).containsExactly("Deadpond", "First", "Second");
    }

    @Test
    void deletingAnObjectThatIsNotInTheSessionIsAnErrorNamingIt() {
        Hero stranger = hero(7, "Stranger", "Nobody", null, null, null);

        assertThatThrownBy(() -> unit.delete(stranger)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hero#7").hasMessageContaining("not in this session");
    }

    private Connection connection() {
        return unit.sqlSession().getConnection();
    }

    private static Hero hero(Integer id, String name, String secretName, Integer age, Integer winterTeamId, Integer summerTeamId) {
        Hero hero = new Hero(name, secretName, age);
        hero.setId(id);
        hero.setWinterTeamId(winterTeamId);
        hero.setSummerTeamId(summerTeamId);
        return hero;
    }
}
