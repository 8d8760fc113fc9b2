package com.example.legacy.service;

import com.example.legacy.mapper.HeroReportMapper;

import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;

import java.util.Objects;

import static dev.relkit.mapper.hero.HeroRelationships.WINTER_HEROES;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;

/**
 * Winter rosters: moving heroes between teams and recruiting new ones.
 *
 * <p>Objects are changed through relkit's {@link BackReferences}, so the hero's team reference, its
 * {@code winterTeamId} foreign key and the team's {@code winterHeroes} list agree before anything is
 * written; the write is relkit's {@link HeroMapper#insert} or this application's
 * {@link HeroReportMapper#updateTeams}. The caller owns the session and its transaction.
 */
public class RosterService {

    private static final BackReferences BACK_REFERENCES = new BackReferences(Metamodel.of(HeroRelationships.ALL));

    private final HeroMapper heroes;
    private final HeroReportMapper reports;

    public RosterService(HeroMapper heroes, HeroReportMapper reports) {
        this.heroes = heroes;
        this.reports = reports;
    }

    /**
     * Moves a hero to another winter team and writes its new {@code winter_team_id}; the summer team
     * stays. Runs three statements (the hero with its teams, the destination's roster, the update),
     * or two when the hero is already on that team, which writes nothing.
     *
     * @return the destination team, its {@code winterHeroes} holding the moved hero object last
     * @throws IllegalArgumentException naming the hero or the team that does not exist
     */
    public Team moveToWinterTeam(int heroId, int teamId) {
        Hero hero = heroes.selectWithTeamsById(heroId);
        if (hero == null) {
            throw new IllegalArgumentException("Cannot move hero " + heroId + " to winter team " + teamId
                    + ": there is no Hero with id " + heroId);
        }
        Team destination = requireTeamWithRoster(teamId, "move hero " + heroId + " to winter team " + teamId);
        if (Objects.equals(hero.getWinterTeamId(), destination.getId())) {
            return destination;
        }
        BACK_REFERENCES.set(WINTER_TEAM, hero, destination);
        reports.updateTeams(hero);
        return destination;
    }

    /**
     * Adds a new hero to a team's winter roster and inserts it with relkit's {@link HeroMapper#insert}
     * (which sets its generated id). Two statements: the team's roster and the insert.
     *
     * @return the team, its {@code winterHeroes} holding the recruit last
     * @throws IllegalArgumentException naming the team when it does not exist, or the hero when it
     *     already has an id
     */
    public Team recruitForWinter(Hero recruit, int teamId) {
        if (recruit.getId() != null) {
            throw new IllegalArgumentException("Cannot recruit " + recruit + " for winter team " + teamId
                    + ": it is already stored; move it with moveToWinterTeam");
        }
        Team team = requireTeamWithRoster(teamId, "recruit " + recruit.getName() + " for winter team " + teamId);
        BACK_REFERENCES.add(WINTER_HEROES, team, recruit);
        heroes.insert(recruit);
        return team;
    }

    private Team requireTeamWithRoster(int teamId, String action) {
        Team team = reports.selectTeamWithWinterRoster(teamId);
        if (team == null) {
            throw new IllegalArgumentException("Cannot " + action + " (" + WINTER_TEAM.qualifiedName()
                    + "): there is no Team with id " + teamId);
        }
        return team;
    }
}
