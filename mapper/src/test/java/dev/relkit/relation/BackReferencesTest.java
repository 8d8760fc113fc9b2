package dev.relkit.relation;

import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.relation.Metamodel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.relkit.mapper.hero.HeroRelationships.SUMMER_TEAM;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_HEROES;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;
import static org.assertj.core.api.Assertions.assertThat;

/** In-memory back-populates over the hero relationships; no database involved. */
class BackReferencesTest {

    private final BackReferences backReferences = new BackReferences(Metamodel.of(HeroRelationships.ALL));

    private static Team team(int id, String name) {
        Team team = new Team(name, "HQ of " + name);
        team.setId(id);
        return team;
    }

    @Test
    void settingTheManyToOneMovesTheHeroBetweenInverseCollections() {
        Team preventers = team(1, "Preventers");
        Team zForce = team(2, "Z-Force");
        Hero deadpond = new Hero("Deadpond", "Dive Wilson", null);

        backReferences.set(WINTER_TEAM, deadpond, preventers);
        backReferences.set(WINTER_TEAM, deadpond, zForce);

        assertThat(deadpond.getWinterTeam()).isSameAs(zForce);
        assertThat(deadpond.getWinterTeamId()).isEqualTo(2);
        assertThat(preventers.getWinterHeroes()).isEmpty();
        assertThat(zForce.getWinterHeroes()).containsExactly(deadpond);
        assertThat(zForce.getSummerHeroes()).as("the other relationship to the same table").isEmpty();
    }

    @Test
    void addingToTheCollectionSetsTheBackReferenceAndLeavesTheOldTeam() {
        Team preventers = team(1, "Preventers");
        Team zForce = team(2, "Z-Force");
        Hero rusty = new Hero("Rusty-Man", "Tommy Sharp", 48);
        backReferences.set(WINTER_TEAM, rusty, preventers);

        backReferences.add(WINTER_HEROES, zForce, rusty);

        assertThat(rusty.getWinterTeam()).isSameAs(zForce);
        assertThat(rusty.getWinterTeamId()).isEqualTo(2);
        assertThat(preventers.getWinterHeroes()).doesNotContain(rusty);
        assertThat(zForce.getWinterHeroes()).containsExactly(rusty);
    }

    @Test
    void removingFromTheCollectionClearsTheReferenceAndForeignKey() {
        Team preventers = team(1, "Preventers");
        Hero rusty = new Hero("Rusty-Man", "Tommy Sharp", 48);
        backReferences.add(WINTER_HEROES, preventers, rusty);

        boolean removed = backReferences.remove(WINTER_HEROES, preventers, rusty);

        assertThat(removed).isTrue();
        assertThat(rusty.getWinterTeam()).isNull();
        assertThat(preventers.getWinterHeroes()).isEmpty();
    }

    @Test
    void aNewTargetWithoutKeyLeavesTheForeignKeyForTheFlush() {
        Team newTeam = new Team("Avengers", "Stark Tower");
        Hero hero = new Hero("Spider-Boy", "Pedro Parqueador", null);
        hero.setSummerTeamId(7);

        backReferences.set(SUMMER_TEAM, hero, newTeam);

        assertThat(hero.getSummerTeam()).isSameAs(newTeam);
        assertThat(hero.getSummerTeamId()).as("unchanged until the new team has an id").isEqualTo(7);
        assertThat(newTeam.getSummerHeroes()).containsExactly(hero);
    }

    @Test
    void aHeroHeldOnlyByForeignKeyLeavesTheOldTeamFoundThroughTheIdentityLookup() {
        Team preventers = team(1, "Preventers");
        Team zForce = team(2, "Z-Force");
        Hero rusty = new Hero("Rusty-Man", "Tommy Sharp", 48);
        rusty.setWinterTeamId(1); // as a loaded Team.winterHeroes leaves it: no reference, only the key
        preventers.getWinterHeroes().add(rusty);
        BackReferences withLookup = new BackReferences(Metamodel.of(HeroRelationships.ALL),
                (type, key) -> type.javaType() == Team.class && key.equals(List.of(1)) ? preventers : null);

        withLookup.set(WINTER_TEAM, rusty, zForce);

        assertThat(preventers.getWinterHeroes()).isEmpty();
        assertThat(zForce.getWinterHeroes()).containsExactly(rusty);
        assertThat(rusty.getWinterTeamId()).isEqualTo(2);
    }
}
