package com.example.legacy.mapper;

import com.example.legacy.LegacyMyBatis;
import com.example.legacy.report.TeamHeadcount;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The application's report statements on relkit's harness and seed (Preventers and Z-Force;
 * Deadpond: winter Preventers, summer Z-Force; Rusty-Man: Preventers all year), with the
 * application's own {@code mybatis-config.xml}.
 */
@RelkitTest(mybatisConfig = LegacyMyBatis.CONFIG)
class HeroReportMapperIT {

    @Test
    void heroesOfATeamInEitherSeasonComeWithBothTeamsFromOneStatement(HeroReportMapper reports,
            StatementRecorder statements) {
        List<Hero> preventers = statements.assertCount(1, () -> reports.selectHeroesOfTeam("Preventers"));
        List<Hero> zForce = statements.assertCount(1, () -> reports.selectHeroesOfTeam("Z-Force"));

        assertThat(preventers).usingRecursiveComparison().isEqualTo(List.of(deadpond(), rustyMan()));
        assertThat(zForce).usingRecursiveComparison().as("Deadpond is on Z-Force in summer only")
                .isEqualTo(List.of(deadpond()));
    }

    @Test
    void heroesOfAnUnknownTeamAreNone(HeroReportMapper reports, StatementRecorder statements) {
        assertThat(statements.assertCount(1, () -> reports.selectHeroesOfTeam("Avengers"))).isEmpty();
    }

    @Test
    void teamWithWinterRosterMapsTheTeamAndItsHeroesWithRelkitsResultMapsInOneStatement(HeroReportMapper reports,
            StatementRecorder statements) {
        Team preventers = statements.assertCount(1, () -> reports.selectTeamWithWinterRoster(1));

        Team expected = team(1, "Preventers", "Sharp Tower");
        expected.getWinterHeroes().addAll(List.of(
                hero(1, "Deadpond", "Dive Wilson", null, 1, 2),
                hero(2, "Rusty-Man", "Tommy Sharp", 48, 1, 1)));
        assertThat(preventers).usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void teamWithoutWinterHeroesHasAnEmptyRosterAndAnUnknownTeamIsNull(HeroReportMapper reports,
            StatementRecorder statements) {
        Team zForce = statements.assertCount(1, () -> reports.selectTeamWithWinterRoster(2));
        Team unknown = statements.assertCount(1, () -> reports.selectTeamWithWinterRoster(99));

        assertThat(zForce).usingRecursiveComparison().isEqualTo(team(2, "Z-Force", "Sister Margaret's Bar"));
        assertThat(zForce.getWinterHeroes()).isEmpty();
        assertThat(unknown).isNull();
    }

    @Test
    void headcountRowsCarryRelkitsTeamAndTheReportsCountsFromOneStatement(HeroReportMapper reports,
            StatementRecorder statements) {
        List<TeamHeadcount> rows = statements.assertCount(1, reports::selectTeamHeadcounts);

        assertThat(rows)
                .extracting(TeamHeadcount::getWinterHeroes, TeamHeadcount::getSummerHeroes, TeamHeadcount::getAllYearHeroes)
                .containsExactly(tuple(2, 1, 1), tuple(0, 1, 0));
        assertThat(rows).extracting(TeamHeadcount::getTeam).usingRecursiveFieldByFieldElementComparator()
                .containsExactly(team(1, "Preventers", "Sharp Tower"), team(2, "Z-Force", "Sister Margaret's Bar"));
    }

    @Test
    void updateTeamsWritesBothForeignKeys(HeroReportMapper reports, StatementRecorder statements) {
        Hero rustyMan = rustyMan();
        rustyMan.setWinterTeamId(2);
        rustyMan.setSummerTeamId(null);

        int updated = statements.assertCount(1, () -> reports.updateTeams(rustyMan));

        assertThat(updated).isEqualTo(1);
        Hero expected = hero(2, "Rusty-Man", "Tommy Sharp", 48, 2, null);
        expected.setWinterTeam(team(2, "Z-Force", "Sister Margaret's Bar"));
        assertThat(reports.selectHeroesOfTeam("Z-Force")).usingRecursiveComparison()
                .isEqualTo(List.of(deadpond(), expected));
    }

    static Hero deadpond() {
        Hero hero = hero(1, "Deadpond", "Dive Wilson", null, 1, 2);
        hero.setWinterTeam(team(1, "Preventers", "Sharp Tower"));
        hero.setSummerTeam(team(2, "Z-Force", "Sister Margaret's Bar"));
        return hero;
    }

    static Hero rustyMan() {
        Hero hero = hero(2, "Rusty-Man", "Tommy Sharp", 48, 1, 1);
        hero.setWinterTeam(team(1, "Preventers", "Sharp Tower"));
        hero.setSummerTeam(team(1, "Preventers", "Sharp Tower"));
        return hero;
    }

    static Hero hero(int id, String name, String secretName, Integer age, Integer winterTeamId, Integer summerTeamId) {
        Hero hero = new Hero(name, secretName, age);
        hero.setId(id);
        hero.setWinterTeamId(winterTeamId);
        hero.setSummerTeamId(summerTeamId);
        return hero;
    }

    static Team team(int id, String name, String headquarters) {
        Team team = new Team(name, headquarters);
        team.setId(id);
        return team;
    }
}
