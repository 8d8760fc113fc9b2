package dev.relkit.hero;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.relation.RelationshipPredicates;
import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.hero.HeroDynamicSqlSupport.hero;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_TEAM;
import static dev.relkit.mapper.hero.TeamDynamicSqlSupport.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.count;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * An alias relkit writes into SQL text is checked before any SQL exists: the hostile owner alias that
 * used to turn {@code has(WINTER_TEAM, name = 'nobody')} into a filter matching every hero is refused,
 * and the honest query on MariaDB still matches nobody.
 */
@RelkitTest
class HostileIdentifierIT {

    @Test
    void aHostileAliasIsRefusedAndNoStatementRuns(HeroMapper heroes, StatementRecorder statements) {
        statements.assertCount(0, () -> assertThatThrownBy(() -> RelationshipPredicates.hasFrom(
                        "hero.id or 1=1 or hero", WINTER_TEAM, team.name, isEqualTo("nobody")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a table alias"));

        long matched = statements.assertCount(1, () -> heroes.count(select(count()).from(hero)
                .where(RelationshipPredicates.hasFrom("hero", WINTER_TEAM, team.name, isEqualTo("nobody")))
                .build().render(MYBATIS3)));

        assertThat(matched).isZero();
    }
}
