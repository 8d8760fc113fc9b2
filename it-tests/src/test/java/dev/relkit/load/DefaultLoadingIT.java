package dev.relkit.load;

import dev.relkit.Relkit;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.mapper.hero.TeamMapper;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.relation.LoadStrategy;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.HeroRelationships.HERO;
import static dev.relkit.mapper.hero.HeroRelationships.TEAM;
import static dev.relkit.mapper.hero.TeamDynamicSqlSupport.team;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.selectIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A relationship's declared default strategy applies to every query of a loader built with the
 * metamodel, and one query overrides it with its plan (SQLAlchemy's {@code relationship(lazy=...)}
 * and {@code options(...)}).
 */
@RelkitTest
class DefaultLoadingIT {

    /** Hero.winterTeam declared select-in by default. */
    private static final Relationship<Hero, Team> WINTER_TEAM_SELECT_IN = Relationship.manyToOne("winterTeam", HERO, TEAM)
            .on(hero.winterTeamId, team.id)
            .reference(Hero::getWinterTeam, Hero::setWinterTeam)
            .loading(LoadStrategy.SELECT_IN)
            .build();

    /** Hero.summerTeam declared raise by default: touching it unplanned is a loud error. */
    private static final Relationship<Hero, Team> SUMMER_TEAM_RAISE = Relationship.manyToOne("summerTeam", HERO, TEAM)
            .on(hero.summerTeamId, team.id)
            .reference(Hero::getSummerTeam, Hero::setSummerTeam)
            .loading(LoadStrategy.RAISE)
            .build();

    private static final Metamodel DECLARED = Metamodel.of(List.of(WINTER_TEAM_SELECT_IN, SUMMER_TEAM_RAISE));

    @Test
    void declaredDefaultsApplyToRelationshipsThePlanDoesNotName(SqlSession session, HeroMapper heroes,
                                                               StatementRecorder statements) {
        List<Hero> loaded = heroes.selectAll();

        statements.assertCount(1, () -> Relkit.bind(session.getConfiguration(), DECLARED).loader(session).load(loaded, LoadPlan.of()));

        assertThat(loaded).extracting(h -> h.getWinterTeam().getName()).containsExactly("Preventers", "Preventers");
        assertThatThrownBy(() -> loaded.get(0).getSummerTeam().getName())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Hero.summerTeam").hasMessageContaining("Hero#1");
    }

    @Test
    void aPlanOverridesTheDeclaredDefaultForOneQuery(SqlSession session, HeroMapper heroes, StatementRecorder statements) {
        List<Hero> loaded = heroes.selectAll();

        statements.assertCount(1, () -> Relkit.bind(session.getConfiguration(), DECLARED).loader(session)
                .load(loaded, LoadPlan.of(noLoad(WINTER_TEAM_SELECT_IN), selectIn(SUMMER_TEAM_RAISE))));

        assertThat(loaded).extracting(Hero::getWinterTeam).containsOnlyNulls();
        assertThat(loaded).extracting(h -> h.getSummerTeam().getName()).containsExactly("Z-Force", "Preventers");
    }

    @Test
    void everyLoaderAppliesItsBindingsDefaultsSoAnUnnamedReferenceIsLazyNotNull(SqlSession session, HeroMapper heroes,
                                                                             StatementRecorder statements) {
        List<Hero> loaded = heroes.selectAll();

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of()));

        assertThat(loaded).extracting(Hero::getWinterTeam).doesNotContainNull();
        assertThat(statements.assertCount(1, () -> loaded.get(0).getWinterTeam().getName())).isEqualTo("Preventers");
    }

    @Test
    void aDefaultLeavesAloneWhatTheParentsStatementAlreadyMapped(SqlSession session, HeroMapper heroes,
                                                               StatementRecorder statements) {
        List<Hero> loaded = heroes.selectByWinterTeamName("Preventers");
        List<Team> mapped = loaded.stream().map(Hero::getWinterTeam).toList();

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of()));

        assertThat(loaded).extracting(Hero::getWinterTeam).containsExactlyElementsOf(mapped);
        assertThat(statements.assertCount(0, () -> loaded.get(0).getWinterTeam().getName())).isEqualTo("Preventers");
    }

    @Test
    void aLazyDefaultOnACollectionWithASetterLoadsOnFirstUse(SqlSession session, TeamMapper teams,
                                                            StatementRecorder statements) {
        List<Team> loaded = teams.selectAll();
        Metamodel heroDefaults = Metamodel.of(HeroRelationships.ALL); // every hero relationship is declared lazy

        statements.assertCount(0, () -> Relkit.bind(session.getConfiguration(), heroDefaults).loader(session).load(loaded, LoadPlan.of()));

        assertThat(statements.assertCount(1, () -> loaded.get(0).getWinterHeroes().size())).isEqualTo(2);
    }
}
