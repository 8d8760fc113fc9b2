package dev.relkit.relation;

import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.HeroRelationships.HERO;
import static dev.relkit.mapper.hero.HeroRelationships.TEAM;
import static dev.relkit.mapper.hero.TeamDynamicSqlSupport.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetamodelTest {

    @Test
    void findsEachSidesInverse() {
        Metamodel metamodel = Metamodel.of(HeroRelationships.ALL);

        assertThat(metamodel.inverseOf(HeroRelationships.WINTER_TEAM)).containsSame(HeroRelationships.WINTER_HEROES);
        assertThat(metamodel.inverseOf(HeroRelationships.SUMMER_HEROES)).containsSame(HeroRelationships.SUMMER_TEAM);
        assertThat(metamodel.relationshipsOf(Hero.class)).containsExactly(HeroRelationships.WINTER_TEAM, HeroRelationships.SUMMER_TEAM);
    }

    @Test
    void rejectsABackPopulatesThatDoesNotPointBack() {
        Relationship<Hero, Team> wrong = Relationship.manyToOne("winterTeam", HERO, TEAM)
                .on(hero.winterTeamId, team.id)
                .reference(Hero::getWinterTeam, Hero::setWinterTeam)
                .backPopulates("summerHeroes")
                .build();

        assertThatThrownBy(() -> Metamodel.of(List.of(wrong, HeroRelationships.SUMMER_HEROES, HeroRelationships.SUMMER_TEAM)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Hero.winterTeam back-populates Team.summerHeroes")
                .hasMessageContaining("does not back-populate Hero.winterTeam");
    }

    @Test
    void rejectsAnIncompleteDeclarationNamingIt() {
        assertThatThrownBy(() -> Relationship.oneToMany("heroes", TEAM, HERO).on(team.id, hero.winterTeamId).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Team.heroes")
                .hasMessageContaining("list(...)");
    }
}
