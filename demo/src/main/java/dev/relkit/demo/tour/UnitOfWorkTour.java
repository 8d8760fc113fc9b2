package dev.relkit.demo.tour;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;
import dev.relkit.session.FlushException;
import dev.relkit.session.RelkitSession;

import static dev.relkit.mapper.hero.HeroRelationships.HERO;
import static dev.relkit.mapper.hero.HeroRelationships.SUMMER_TEAM;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;

/**
 * The unit of work ({@link RelkitSession}) on the hero domain: heroes added with teams that do not
 * exist yet are written in one flush, teams first, their generated ids copied into the heroes'
 * foreign keys; a second flush writes nothing; a change writes one {@code UPDATE}; a failing flush
 * rolls back and the same objects are written once the data is fixed. Runs after {@link HeroTour}
 * (whose teams Preventers and Z-Force exist).
 */
final class UnitOfWorkTour implements TourSection {

    private static final Metamodel HEROES = Metamodel.of(HeroRelationships.ALL);

    private final BackReferences backReferences = new BackReferences(HEROES);
    private Integer spiderBoyId;

    @Override
    public String title() {
        return "Unit of work: one flush writes heroes and their new teams in dependency order";
    }

    @Override
    public void run(Tour tour) {
        tour.scenario("Unit of work: add Spider-Boy and Tarantula with the new teams Avengers and X-Force, flush once",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session);
                    Team avengers = new Team("Avengers", "Stark Tower");
                    Team xForce = new Team("X-Force", "Graymalkin Lane");
                    Hero spiderBoy = new Hero("Spider-Boy", "Pedro Parqueador", null);
                    backReferences.set(WINTER_TEAM, spiderBoy, avengers);
                    backReferences.set(SUMMER_TEAM, spiderBoy, xForce);
                    Hero tarantula = new Hero("Tarantula", "Natalia Roman-on", 32);
                    backReferences.set(WINTER_TEAM, tarantula, avengers);
                    unit.add(spiderBoy); // the teams join by save-update cascade
                    unit.add(tarantula);
                    unit.flush();
                    tour.show("teams: Avengers=" + avengers.getId() + ", X-Force=" + xForce.getId());
                    tour.show("Spider-Boy #" + spiderBoy.getId() + ": winter_team_id=" + spiderBoy.getWinterTeamId()
                            + ", summer_team_id=" + spiderBoy.getSummerTeamId());
                    tour.show("Tarantula #" + tarantula.getId() + ": winter_team_id=" + tarantula.getWinterTeamId());
                    spiderBoyId = spiderBoy.getId();
                    return null;
                });

        tour.scenario("Unit of work: load Spider-Boy, flush twice without changes, then change his age and flush",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session);
                    Hero spiderBoy = unit.get(HERO, spiderBoyId);
                    tour.show("same object from the identity map: " + (unit.get(HERO, spiderBoyId) == spiderBoy));
                    unit.flush();
                    unit.flush();
                    spiderBoy.setAge(16);
                    unit.flush();
                    tour.show("age written: " + spiderBoy.getAge());
                    return null;
                });

        tour.scenario("Unit of work: a flush that fails (duplicate team name) rolls back; fixed, the same objects are written",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session);
                    Team duplicate = new Team("Avengers", "Avengers Compound");
                    Hero wanda = new Hero("Scarlet Witch", "Wanda Maximoff", 29);
                    backReferences.set(WINTER_TEAM, wanda, duplicate);
                    unit.add(wanda);
                    try {
                        unit.flush();
                    } catch (FlushException failure) {
                        tour.show("flush failed: " + failure.getMessage());
                        tour.show("after rollback: team id " + duplicate.getId() + ", hero id " + wanda.getId()
                                + ", state " + unit.state(wanda));
                    }
                    duplicate.setName("West Coast Avengers");
                    unit.flush();
                    tour.show("retried: West Coast Avengers #" + duplicate.getId() + ", Scarlet Witch #" + wanda.getId()
                            + " with winter_team_id=" + wanda.getWinterTeamId());
                    return null;
                });
    }
}
