package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

@RelkitTest(mappers = TeamNameMapper.class)
class StatementRecorderIT {

    @Test
    void assertCountReturnsTheBlockResultWhenTheCountMatches(TeamNameMapper mapper, StatementRecorder statements) {
        List<String> names = statements.assertCount(1, mapper::teamNames);

        assertThat(names).containsExactly("Preventers", "Z-Force");
        statements.assertCount(2, () -> {
            mapper.countHeroes();
            mapper.winterHeroNames(1);
        });
    }

    @Test
    void assertCountFailsListingEveryStatementWithItsParameters(TeamNameMapper mapper, StatementRecorder statements) {
        assertThatThrownBy(() -> statements.assertCount(1, () -> {
            mapper.teamNames();
            mapper.winterTeamOf("Tommy Sharp", 40);
        }))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected 1 SQL statement but 2 ran:")
                .hasMessageContaining("1. select name from team order by id")
                .hasMessageContaining("2. select team.name from team join hero on hero.winter_team_id = team.id"
                        + " where hero.secret_name = ? and hero.age > ? -- ['Tommy Sharp', 40]");
    }

    @Test
    void recordGivesTheStatementsWithTheirParameters(TeamNameMapper mapper, StatementRecorder statements) {
        List<RecordedStatement> ran = statements.record(() -> {
            mapper.winterTeamOf("Tommy Sharp", 40);
            mapper.insertHero(new Hero("Spider-Boy", "Pedro Parqueador", null));
        });

        assertThat(ran).extracting(RecordedStatement::parameters).containsExactly(
                List.of("Tommy Sharp", 40),
                Arrays.asList("Spider-Boy", "Pedro Parqueador", null));
        assertThat(ran).extracting(RecordedStatement::succeeded).containsOnly(true);
        assertThat(ran.get(1).sql()).startsWith("insert into hero");
    }

    @Test
    void nPlusOneGuardTripsOnAQueryPerParentRow(TeamNameMapper mapper, StatementRecorder statements) {
        assertThatThrownBy(() -> statements.assertNoNPlusOne(1, () ->
                mapper.teamIds().stream().map(mapper::winterHeroNames).collect(Collectors.toList())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("N+1 guard: a statement ran more than 1 time:")
                .hasMessageContaining("2 x select name from hero where winter_team_id = ? order by id")
                .hasMessageContaining("select name from hero where winter_team_id = ? order by id -- [1]")
                .hasMessageContaining("select name from hero where winter_team_id = ? order by id -- [2]")
                .hasMessageContaining("All 3 statements:");
    }

    @Test
    void nPlusOneGuardPassesWhenEachShapeRunsWithinTheLimit(TeamNameMapper mapper, StatementRecorder statements) {
        List<List<String>> heroNames = statements.assertNoNPlusOne(2, () ->
                mapper.teamIds().stream().map(mapper::winterHeroNames).collect(Collectors.toList()));

        assertThat(heroNames).containsExactly(List.of("Deadpond", "Rusty-Man"), List.of());
    }

    @Test
    void echoPrintsStatementsUntilDetached(TeamNameMapper mapper, StatementRecorder statements) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        StatementListener.Registration echo = statements.echoTo(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            mapper.winterHeroNames(2);
        } finally {
            echo.close();
        }
        mapper.teamNames();

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("[sql] select name from hero where winter_team_id = ? order by id -- [2]"
                        + System.lineSeparator());
    }

    @Test
    void echoWithAMaskPrintsTheMaskedColumnsValuesAsStarsAndRecordingsKeepThem(TeamNameMapper mapper,
                                                                               StatementRecorder statements) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<RecordedStatement> recorded;
        try (StatementListener.Registration echo = statements.echoTo(new PrintStream(printed, true, StandardCharsets.UTF_8),
                ParameterMask.columns("secret_name"))) {
            recorded = statements.record(() -> mapper.winterTeamOf("Tommy Sharp", 40));
        }

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo("[sql] select team.name from team join hero on hero.winter_team_id = team.id"
                        + " where hero.secret_name = ? and hero.age > ? -- [***, 40]" + System.lineSeparator());
        assertThat(recorded).singleElement().extracting(RecordedStatement::parameters).isEqualTo(List.of("Tommy Sharp", 40));
    }

    @Test
    void statementsOnOtherThreadsAreNotCounted(TestDatabase database, StatementRecorder statements) {
        List<RecordedStatement> ran = statements.record(() -> CompletableFuture.runAsync(() -> {
            try (var session = database.newSqlSessionFactory(TeamNameMapper.class).openSession()) {
                session.getMapper(TeamNameMapper.class).teamNames();
            }
        }).join());

        assertThat(ran).isEmpty();
    }

    @Test
    void nestedRecordingsBothSeeTheInnerStatements(TeamNameMapper mapper, StatementRecorder statements) {
        try (StatementRecorder.Recording outer = statements.startRecording()) {
            mapper.teamNames();
            List<RecordedStatement> inner = statements.record(mapper::countHeroes);

            assertThat(inner).extracting(RecordedStatement::sql).containsExactly("select count(*) from hero");
            assertThat(outer.statements()).extracting(RecordedStatement::sql)
                    .containsExactly("select name from team order by id", "select count(*) from hero");
        }
    }
}
