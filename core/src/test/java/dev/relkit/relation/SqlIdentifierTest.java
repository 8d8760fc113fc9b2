package dev.relkit.relation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Aliases and prefixes relkit writes into SQL text are plain identifiers, or refused naming where they came from. */
class SqlIdentifierTest {

    @Test
    void plainIdentifiersAndSchemaQualifiedTablesPass() {
        assertThat(SqlIdentifier.alias("a", "winter_team")).isEqualTo("winter_team");
        assertThat(SqlIdentifier.qualifier("q", "sakila.film")).isEqualTo("sakila.film");
        assertThat(SqlIdentifier.prefix("p", "")).isEmpty();
        assertThat(SqlIdentifier.prefix("p", "wt_hq_")).isEqualTo("wt_hq_");
    }

    @Test
    void anythingThatCouldChangeTheStatementIsRefused() {
        assertThatThrownBy(() -> SqlIdentifier.alias("hasFrom owner alias", "hero where 1=1 or hero"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("hasFrom owner alias: 'hero where 1=1 or hero' is not a plain SQL identifier");
        assertThatThrownBy(() -> SqlIdentifier.qualifier("q", "a.b.c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlIdentifier.qualifier("q", "x) or (1=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlIdentifier.alias("a", "1abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlIdentifier.alias("a", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlIdentifier.prefix("PrefixedColumns.of", "a, (select password from users) as x_"))
                .hasMessageContaining("PrefixedColumns.of: the column prefix");
    }
}
