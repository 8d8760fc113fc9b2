package dev.relkit.demo.tour;

import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.mapper.hero.TeamMapper;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;

import java.util.List;

import static dev.relkit.mapper.hero.HeroRelationships.SUMMER_TEAM;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;

/**
 * Heroes with a winter and a summer team: two foreign keys from {@code hero} to {@code team}.
 * Query A filters through the aliased join ({@code winter_team.name}); query B through correlated
 * {@code EXISTS} on both relationships, built from their declarations.
 */
final class HeroTour implements TourSection {

    private final BackReferences backReferences = new BackReferences(Metamodel.of(HeroRelationships.ALL));

    @Override
    public String title() {
        return "Several foreign keys to one table: heroes with winter and summer teams";
    }

    @Override
    public void run(Tour tour) {
        tour.scenario("Create teams Preventers and Z-Force, then heroes Deadpond and Rusty-Man (teams first)", session -> {
            TeamMapper teams = session.getMapper(TeamMapper.class);
            HeroMapper heroes = session.getMapper(HeroMapper.class);
            Team preventers = new Team("Preventers", "Sharp Tower");
            Team zForce = new Team("Z-Force", "Sister Margaret's Bar");
            teams.insert(preventers);
            teams.insert(zForce);

            Hero deadpond = new Hero("Deadpond", "Dive Wilson", null);
            backReferences.set(WINTER_TEAM, deadpond, preventers);
            backReferences.set(SUMMER_TEAM, deadpond, zForce);
            Hero rusty = new Hero("Rusty-Man", "Tommy Sharp", 48);
            backReferences.set(WINTER_TEAM, rusty, preventers);
            backReferences.set(SUMMER_TEAM, rusty, preventers);
            heroes.insert(deadpond);
            heroes.insert(rusty);

            tour.show("generated ids: Preventers=" + preventers.getId() + ", Z-Force=" + zForce.getId()
                    + ", Deadpond=" + deadpond.getId() + ", Rusty-Man=" + rusty.getId());
            return null;
        });

        List<Hero> queryA = tour.scenario("Query A: heroes whose winter team is Preventers (aliased join, XML mapper)",
                session -> session.getMapper(HeroMapper.class).selectByWinterTeamName("Preventers"));
        queryA.forEach(hero -> tour.show(describe(hero)));

        List<Hero> queryB = tour.scenario(
                "Query B: heroes with winter team Preventers and summer team Z-Force (correlated EXISTS, dynamic SQL)",
                session -> session.getMapper(HeroMapper.class)
                        .selectByWinterAndSummerTeamNamesDynamic("Preventers", "Z-Force"));
        queryB.forEach(hero -> tour.show(describe(hero)));
    }

    private static String describe(Hero hero) {
        return hero.getName() + " (" + hero.getSecretName() + "): winter " + teamName(hero.getWinterTeam())
                + ", summer " + teamName(hero.getSummerTeam());
    }

    private static String teamName(Team team) {
        return team == null ? "none" : team.getName();
    }
}
