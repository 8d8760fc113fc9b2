package com.example.legacy.service;

import com.example.legacy.LegacyMyBatis;
import com.example.legacy.mapper.HeroReportMapper;
import com.example.legacy.report.TeamHeadcount;

import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The application service on relkit's harness: relkit's {@code HeroMapper} and {@code BackReferences}
 * with the application's own statements, in one session that is rolled back after each test.
 * {@link HeroRows}, a test-only mapper given to {@code @RelkitTest(mappers = ...)}, reads back what
 * was written.
 */
@RelkitTest(mybatisConfig = LegacyMyBatis.CONFIG, mappers = HeroRows.class)
class RosterServiceIT {

    private final RosterService roster;

    RosterServiceIT(HeroMapper heroes, HeroReportMapper reports) {
        this.roster = new RosterService(heroes, reports);
    }

    @Test
    void movingAHeroUpdatesBothSidesInMemoryAndWritesTheForeignKeyInThreeStatements(HeroRows rows,
            HeroReportMapper reports, StatementRecorder statements) {
        List<RecordedStatement> ran = statements.record(() -> {
            Team zForce = roster.moveToWinterTeam(1, 2);

            assertThat(zForce.getWinterHeroes()).singleElement().satisfies(deadpond -> {
                assertThat(deadpond.getName()).isEqualTo("Deadpond");
                assertThat(deadpond.getWinterTeam()).as("back-reference to the returned team").isSameAs(zForce);
                assertThat(deadpond.getWinterTeamId()).as("foreign key copied from the team").isEqualTo(2);
                assertThat(deadpond.getSummerTeamId()).isEqualTo(2);
                assertThat(deadpond.getSummerTeam()).extracting(Team::getId, Team::getName).containsExactly(2, "Z-Force");
            });
        });

        assertThat(ran).extracting(statement -> statement.oneLineSql().split(" ")[0].toUpperCase())
                .containsExactly("SELECT", "SELECT", "UPDATE");
        assertThat(rows.winterTeamIdOf(1)).isEqualTo(2);
        assertThat(rows.summerTeamIdOf(1)).as("the summer team stays").isEqualTo(2);
        assertThat(rows.winterHeroNames(1)).containsExactly("Rusty-Man");
        assertThat(reports.selectTeamHeadcounts())
                .extracting(row -> row.getTeam().getName(), TeamHeadcount::getWinterHeroes,
                        TeamHeadcount::getSummerHeroes, TeamHeadcount::getAllYearHeroes)
                .containsExactly(tuple("Preventers", 1, 1, 1), tuple("Z-Force", 1, 1, 1));
    }

    @Test
    void movingAHeroToItsCurrentTeamReadsTwiceAndWritesNothing(HeroRows rows, StatementRecorder statements) {
        Team preventers = statements.assertCount(2, () -> roster.moveToWinterTeam(2, 1));

        assertThat(preventers.getWinterHeroes()).extracting(Hero::getName).containsExactly("Deadpond", "Rusty-Man");
        assertThat(rows.winterTeamIdOf(2)).isEqualTo(1);
    }

    @Test
    void recruitingJoinsTheRosterAndInsertsThroughRelkitsMapperInTwoStatements(HeroMapper heroes,
            StatementRecorder statements) {
        Hero tarantula = new Hero("Tarantula", "Natalia Roman-on", 32);

        Team preventers = statements.assertCount(2, () -> roster.recruitForWinter(tarantula, 1));

        assertThat(tarantula.getId()).as("generated id set by HeroMapper.insert").isNotNull();
        assertThat(tarantula.getWinterTeam()).isSameAs(preventers);
        assertThat(preventers.getWinterHeroes()).extracting(Hero::getName)
                .containsExactly("Deadpond", "Rusty-Man", "Tarantula");
        assertThat(preventers.getWinterHeroes()).last().isSameAs(tarantula);

        Hero stored = heroes.selectWithTeamsById(tarantula.getId());
        Hero expected = new Hero("Tarantula", "Natalia Roman-on", 32);
        expected.setId(tarantula.getId());
        expected.setWinterTeamId(1);
        Team expectedTeam = new Team("Preventers", "Sharp Tower");
        expectedTeam.setId(1);
        expected.setWinterTeam(expectedTeam);
        assertThat(stored).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void movingAnUnknownHeroFailsNamingItAfterOneStatement(StatementRecorder statements) {
        List<RecordedStatement> ran = statements.record(() ->
                assertThatThrownBy(() -> roster.moveToWinterTeam(99, 2))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Cannot move hero 99 to winter team 2: there is no Hero with id 99"));

        assertThat(ran).hasSize(1);
    }

    @Test
    void movingToAnUnknownTeamFailsNamingTheRelationshipAndKeyAndWritesNothing(HeroRows rows,
            StatementRecorder statements) {
        List<RecordedStatement> ran = statements.record(() ->
                assertThatThrownBy(() -> roster.moveToWinterTeam(1, 99))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Cannot move hero 1 to winter team 99 (Hero.winterTeam): there is no Team with id 99"));

        assertThat(ran).hasSize(2);
        assertThat(rows.winterTeamIdOf(1)).isEqualTo(1);
    }

    @Test
    void recruitingAStoredHeroIsRejectedBeforeAnyStatement(HeroRows rows, StatementRecorder statements) {
        Hero deadpond = new Hero("Deadpond", "Dive Wilson", null);
        deadpond.setId(1);

        List<RecordedStatement> ran = statements.record(() ->
                assertThatThrownBy(() -> roster.recruitForWinter(deadpond, 2))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("Cannot recruit Hero{id=1, name='Deadpond', secretName='Dive Wilson', age=null,"
                                + " winterTeamId=null, summerTeamId=null} for winter team 2: it is already stored;"
                                + " move it with moveToWinterTeam"));

        assertThat(ran).isEmpty();
        assertThat(rows.countHeroes()).isEqualTo(2);
    }
}
