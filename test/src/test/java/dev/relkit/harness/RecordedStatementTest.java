package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

class RecordedStatementTest {

    @Test
    void shapeIgnoresWhitespaceAndInlinedValues() {
        RecordedStatement bound = statement("select name\n   from hero where winter_team_id = ?", List.of(1));
        RecordedStatement inlined = statement("select name from hero where winter_team_id = 2", List.of());

        assertThat(bound.shape()).isEqualTo("select name from hero where winter_team_id = ?");
        assertThat(inlined.shape()).isEqualTo(bound.shape());
        assertThat(statement("select * from team where name = 'Z-Force' and id > 10", List.of()).shape())
                .isEqualTo("select * from team where name = ? and id > ?");
    }

    @Test
    void shapeKeepsIdentifiersWithDigitsAndInListSizes() {
        assertThat(statement("select t1.id from team t1 where t1.id in (?, ?)", List.of(1, 2)).shape())
                .isEqualTo("select t1.id from team t1 where t1.id in (?, ?)")
                .isNotEqualTo(statement("select t1.id from team t1 where t1.id in (?, ?, ?)", List.of(1, 2, 3)).shape());
    }

    @Test
    void printsSqlOnOneLineWithItsParameters() {
        RecordedStatement statement = statement("insert into hero (name, secret_name, age)\n values (?, ?, ?)",
                Arrays.asList("Spider-Boy", "Pedro's", null));

        assertThat(statement).hasToString(
                "insert into hero (name, secret_name, age) values (?, ?, ?) -- ['Spider-Boy', 'Pedro''s', NULL]");
        assertThat(statement.parameters()).containsExactly("Spider-Boy", "Pedro's", null);
    }

    @Test
    void printsEveryParameterSetOfABatchAndMarksFailures() {
        RecordedStatement batch = new RecordedStatement("insert into team (name) values (?)",
                List.of(List.of("A"), List.of("B")), false);

        assertThat(batch).hasToString("insert into team (name) values (?) -- batch of 2: ['A'], ['B'] -- FAILED");
    }

    private static RecordedStatement statement(String sql, List<Object> parameters) {
        return new RecordedStatement(sql, parameters.isEmpty() ? List.of() : List.of(parameters), true);
    }
}
