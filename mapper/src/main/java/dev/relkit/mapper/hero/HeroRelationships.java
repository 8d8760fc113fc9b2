package dev.relkit.mapper.hero;

import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.TeamDynamicSqlSupport.team;

/**
 * The hero domain's entities and relationships, declared once: two many-to-one relationships from
 * {@code hero} to the same {@code team} table, and their inverse collections.
 *
 * <pre>
 * hero.winter_team_id ──► team.id   Hero.winterTeam  ◄──► Team.winterHeroes
 * hero.summer_team_id ──► team.id   Hero.summerTeam  ◄──► Team.summerHeroes
 * </pre>
 */
public final class HeroRelationships {

    public static final EntityType<Team> TEAM = EntityType.fromTable(Team.class, team)
            .generatedId(team.id)
            .resultMap(TeamMapper.NAMESPACE + ".teamResult")
            .build();

    public static final EntityType<Hero> HERO = EntityType.fromTable(Hero.class, hero)
            .generatedId(hero.id)
            .resultMap(HeroMapper.NAMESPACE + ".heroResult")
            .build();

    /** {@code Hero.winterTeam}: many-to-one through {@code hero.winter_team_id}. */
    public static final RelationshipPair<Hero, Team> WINTER_TEAM_PAIR = Relationship.manyToOne("winterTeam", HERO, TEAM)
            .on(hero.winterTeamId, team.id)
            .reference(Hero::getWinterTeam, Hero::setWinterTeam)
            .withInverse("winterHeroes", inverse -> inverse
                    .list(Team::getWinterHeroes, Team::setWinterHeroes)
                    .orderBy(hero.id))
            .build();
    public static final Relationship<Hero, Team> WINTER_TEAM = WINTER_TEAM_PAIR.relationship();
    /** {@code Team.winterHeroes}: the inverse of {@link #WINTER_TEAM}, ordered by hero id. */
    public static final Relationship<Team, Hero> WINTER_HEROES = WINTER_TEAM_PAIR.inverse();

    /** {@code Hero.summerTeam}: many-to-one through {@code hero.summer_team_id}. */
    public static final RelationshipPair<Hero, Team> SUMMER_TEAM_PAIR = Relationship.manyToOne("summerTeam", HERO, TEAM)
            .on(hero.summerTeamId, team.id)
            .reference(Hero::getSummerTeam, Hero::setSummerTeam)
            .withInverse("summerHeroes", inverse -> inverse
                    .list(Team::getSummerHeroes, Team::setSummerHeroes)
                    .orderBy(hero.id))
            .build();
    public static final Relationship<Hero, Team> SUMMER_TEAM = SUMMER_TEAM_PAIR.relationship();
    /** {@code Team.summerHeroes}: the inverse of {@link #SUMMER_TEAM}, ordered by hero id. */
    public static final Relationship<Team, Hero> SUMMER_HEROES = SUMMER_TEAM_PAIR.inverse();

    /** Every relationship of the hero domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(WINTER_TEAM, SUMMER_TEAM, WINTER_HEROES, SUMMER_HEROES);

    private HeroRelationships() {
    }
}
