package dev.relkit.hero;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.mapper.hero.TeamMapper;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Heroes with winter and summer teams (two foreign keys to one table), in XML and dynamic SQL,
 * against the seed: Deadpond (winter Preventers, summer Z-Force) and Rusty-Man (both Preventers).
 */
@RelkitTest
class HeroMapperIT {

    @Test
    void loadsBothTeamsOfOneHeroInOneStatement(HeroMapper heroes, StatementRecorder statements) {
        Hero deadpond = statements.assertCount(1, () -> heroes.selectWithTeamsById(1));

        assertThat(deadpond).extracting(Hero::getName, Hero::getSecretName, Hero::getAge)
                .containsExactly("Deadpond", "Dive Wilson", null);
        assertThat(deadpond.getWinterTeam()).extracting(Team::getId, Team::getName, Team::getHeadquarters)
                .containsExactly(1, "Preventers", "Sharp Tower");
        assertThat(deadpond.getSummerTeam()).extracting(Team::getId, Team::getName, Team::getHeadquarters)
                .containsExactly(2, "Z-Force", "Sister Margaret's Bar");
    }

    @Test
    void filtersThroughTheAliasedWinterTeamJoinInXml(HeroMapper heroes, StatementRecorder statements) {
        List<Hero> found = statements.assertCount(1, () -> heroes.selectByWinterTeamName("Preventers"));

        assertHeroesWithTeams(found,
                tuple("Deadpond", "Preventers", "Z-Force"),
                tuple("Rusty-Man", "Preventers", "Preventers"));
    }

    @Test
    void filtersThroughTheAliasedWinterTeamJoinInDynamicSql(HeroMapper heroes, StatementRecorder statements) {
        List<Hero> found = statements.assertCount(1, () -> heroes.selectByWinterTeamNameDynamic("Preventers"));

        assertHeroesWithTeams(found,
                tuple("Deadpond", "Preventers", "Z-Force"),
                tuple("Rusty-Man", "Preventers", "Preventers"));
    }

    @Test
    void filtersThroughCorrelatedExistsOnBothTeamsInXml(HeroMapper heroes, StatementRecorder statements) {
        List<Hero> found = statements.assertCount(1,
                () -> heroes.selectByWinterAndSummerTeamNames("Preventers", "Z-Force"));

        assertHeroesWithTeams(found, tuple("Deadpond", "Preventers", "Z-Force"));
    }

    @Test
    void filtersThroughCorrelatedExistsOnBothTeamsInDynamicSql(HeroMapper heroes, StatementRecorder statements) {
        List<Hero> found = statements.assertCount(1,
                () -> heroes.selectByWinterAndSummerTeamNamesDynamic("Preventers", "Z-Force"));

        assertHeroesWithTeams(found, tuple("Deadpond", "Preventers", "Z-Force"));
        assertThat(heroes.selectByWinterAndSummerTeamNamesDynamic("Z-Force", "Preventers")).isEmpty();
    }

    @Test
    void mapsTheSameTeamRowInBothRolesOfOneHero(HeroMapper heroes) {
        List<Hero> found = heroes.selectByWinterTeamName("Preventers");

        Hero rusty = found.get(1);
        assertThat(rusty.getName()).isEqualTo("Rusty-Man");
        assertThat(rusty.getWinterTeam().getId()).isEqualTo(1);
        assertThat(rusty.getSummerTeam()).usingRecursiveComparison().isEqualTo(rusty.getWinterTeam());
    }

    @Test
    void heroWithoutTeamsComesBackWithNullTeams(SqlSession session, HeroMapper heroes, StatementRecorder statements) {
        Hero loner = new Hero("Loner", "Nobody", 30);
        heroes.insert(loner);

        Hero loaded = statements.assertCount(1, () -> heroes.selectWithTeamsById(loner.getId()));

        assertThat(loaded.getName()).isEqualTo("Loner");
        assertThat(loaded.getWinterTeam()).isNull();
        assertThat(loaded.getSummerTeam()).isNull();
    }

    @Test
    void createsTeamsFirstThenHeroesWithGeneratedIdsVisible(SqlSession session, TeamMapper teams, HeroMapper heroes)
            throws SQLException {
        Team avengers = new Team("Avengers", "Stark Tower");
        teams.insert(avengers);
        Hero spider = new Hero("Spider-Boy", "Pedro Parqueador", null);
        spider.setWinterTeamId(avengers.getId());
        spider.setSummerTeamId(avengers.getId());
        heroes.insert(spider);

        assertThat(avengers.getId()).isNotNull().isGreaterThan(2);
        assertThat(spider.getId()).isNotNull().isGreaterThan(2);
        // plain SQL on the test's own (uncommitted) connection
        String row = query(session, "select h.name, w.name, s.name from hero h join team w on w.id = h.winter_team_id"
                        + " join team s on s.id = h.summer_team_id where h.id = " + spider.getId(),
                rs -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3));
        assertThat(row).isEqualTo("Spider-Boy/Avengers/Avengers");
    }

    private static void assertHeroesWithTeams(List<Hero> heroes, org.assertj.core.groups.Tuple... expected) {
        assertThat(heroes)
                .extracting(Hero::getName, hero -> hero.getWinterTeam().getName(), hero -> hero.getSummerTeam().getName())
                .containsExactly(expected);
    }

    private static <T> T query(SqlSession session, String sql, SqlFunction<ResultSet, T> read) throws SQLException {
        try (Statement statement = session.getConnection().createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).as("a row for: %s", sql).isTrue();
            return read.apply(rs);
        }
    }

    @FunctionalInterface
    private interface SqlFunction<A, R> {
        R apply(A value) throws SQLException;
    }
}
