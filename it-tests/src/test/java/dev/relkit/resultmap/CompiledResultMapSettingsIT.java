package dev.relkit.resultmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.TestDatabase;
import dev.relkit.model.hero.Hero;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.reflection.factory.DefaultObjectFactory;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.AutoMappingUnknownColumnBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The compiled resultMaps when MyBatis's settings change after statements have run: MyBatis reads
 * its settings on every execution, so a plan compiled under other settings must not be reused.
 * Each test builds its own pair of factories (compiled, and MyBatis's own mapping as reference),
 * changes a setting on both between executions and compares the graphs.
 */
@RelkitTest
class CompiledResultMapSettingsIT {

    private static final String CASES = "dev.relkit.resultmap.ResultMapCases.";
    private static final String JOINED = "dev.relkit.mapper.company.DepartmentMapper.selectAllWithEmployees";

    private SqlSessionFactory compiled;
    private SqlSessionFactory reference;

    @BeforeEach
    void factories(TestDatabase database) {
        compiled = database.newSqlSessionFactory("dev/relkit/resultmap/compiled-results-config.xml");
        reference = database.newSqlSessionFactory("dev/relkit/resultmap/mybatis-results-config.xml");
    }

    @Test
    void aChangedAutoMappingBehaviorIsAppliedAtTheNextExecution() {
        assertThat(select(compiled, CASES + "autoMappedHeroes")).first().extracting("name").isEqualTo("Deadpond");

        change(configuration -> configuration.setAutoMappingBehavior(AutoMappingBehavior.NONE));

        assertSameGraphs(CASES + "autoMappedHeroes", JOINED);
        assertThat(select(compiled, CASES + "autoMappedHeroes")).isNotEmpty().containsOnlyNulls();

        change(configuration -> configuration.setAutoMappingBehavior(AutoMappingBehavior.FULL));

        assertSameGraphs(CASES + "autoMappedHeroes", JOINED);
    }

    @Test
    void unknownColumnsFailOnceTheUnknownColumnBehaviorIsFailing() {
        select(compiled, CASES + "autoMappedHeroes");

        change(configuration -> configuration
                .setAutoMappingUnknownColumnBehavior(AutoMappingUnknownColumnBehavior.FAILING));

        Throwable expected = catchThrowable(() -> select(reference, CASES + "autoMappedHeroes"));
        assertThat(expected).hasStackTraceContaining("Unknown column is detected");
        assertThat(catchThrowable(() -> select(compiled, CASES + "autoMappedHeroes")))
                .isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }

    @Test
    void mapUnderscoreToCamelCaseChangedBetweenExecutionsIsApplied() {
        assertThat(select(compiled, CASES + "autoMappedHeroes")).first().extracting("secretName").isNull();

        change(configuration -> configuration.setMapUnderscoreToCamelCase(true));

        assertThat(select(compiled, CASES + "autoMappedHeroes")).first().extracting("secretName")
                .isEqualTo("Dive Wilson");
        assertSameGraphs(CASES + "autoMappedHeroes", JOINED);
    }

    @Test
    void nullHandlingSettingsChangedAfterStartLeaveStatementsToMyBatis() {
        assertSameGraphs(CASES + "emptyRows", CASES + "nullOverDefault");

        change(configuration -> configuration.setReturnInstanceForEmptyRow(true));
        assertSameGraphs(CASES + "emptyRows");
        assertThat(select(compiled, CASES + "emptyRows")).isNotEmpty().doesNotContainNull();

        change(configuration -> configuration.setCallSettersOnNulls(true));
        assertSameGraphs(CASES + "nullOverDefault");
        assertThat(select(compiled, CASES + "nullOverDefault")).extracting("name").containsOnlyNulls();

        assertThat(interceptor().statementsLeftToMyBatis())
                .containsEntry(CASES + "emptyRows", "returnInstanceForEmptyRow is set")
                .containsEntry(CASES + "nullOverDefault", "callSettersOnNulls is set");
    }

    @Test
    void theDisabledVariableSetAfterStartLeavesStatementsToMyBatis() {
        select(compiled, JOINED);
        assertThat(interceptor().statementsLeftToMyBatis()).doesNotContainKey(JOINED);

        compiled.getConfiguration().getVariables().setProperty(CompiledResultMapInterceptor.DISABLED_VARIABLE, "true");
        select(compiled, JOINED);

        assertThat(interceptor().statementsLeftToMyBatis())
                .containsEntry(JOINED, CompiledResultMapInterceptor.DISABLED_VARIABLE + " is true");
    }

    @Test
    void theResultListIsCreatedByTheObjectFactory() {
        compiled.getConfiguration().setObjectFactory(new ConstructedResults.LinkedListObjectFactory());

        List<Hero> heroes = select(compiled, "dev.relkit.mapper.hero.HeroMapper.selectAll");

        assertThat(heroes).isInstanceOf(LinkedList.class).isNotEmpty();
    }

    @Test
    void anObjectFactoryReplacedAfterStartCreatesTheResults() {
        assertThat(select(compiled, JOINED)).isInstanceOf(ArrayList.class);

        change(configuration -> configuration.setObjectFactory(new ConstructedResults.LinkedListObjectFactory()));

        assertThat(select(compiled, JOINED)).isInstanceOf(LinkedList.class);
        assertSameGraphs(JOINED, CASES + "autoMappedHeroes", CASES + "keylessChildren");
    }

    /**
     * Every parameterless statement, under one setting after another on the same factories: each
     * execution compiled under the settings of the moment (and, with
     * {@value CompiledResultMapInterceptor#VERIFY_VARIABLE} set in the compiled configuration,
     * compared with MyBatis's mapping of the same rows as it runs).
     */
    @Test
    void everyStatementMapsAsMyBatisDoesWhileSettingsChange() {
        assertThat(PlanSettings.isTrue(compiled.getConfiguration(), CompiledResultMapInterceptor.VERIFY_VARIABLE))
                .isTrue();
        List<Consumer<Configuration>> changes = List.of(
                configuration -> { },
                configuration -> configuration.setAutoMappingBehavior(AutoMappingBehavior.FULL),
                configuration -> configuration.setMapUnderscoreToCamelCase(true),
                configuration -> configuration.setAutoMappingBehavior(AutoMappingBehavior.NONE),
                configuration -> configuration.setObjectFactory(new ConstructedResults.LinkedListObjectFactory()),
                configuration -> configuration.setArgNameBasedConstructorAutoMapping(true),
                configuration -> configuration.setAutoMappingBehavior(AutoMappingBehavior.PARTIAL),
                configuration -> configuration.setReturnInstanceForEmptyRow(true),
                configuration -> configuration.setReturnInstanceForEmptyRow(false),
                configuration -> configuration.setMapUnderscoreToCamelCase(false),
                configuration -> configuration.setObjectFactory(new DefaultObjectFactory()));
        int compared = 0;
        for (Consumer<Configuration> settings : changes) {
            change(settings);
            compared += compareEveryStatementWithoutParameters();
        }

        assertThat(compared).isGreaterThan(30 * changes.size());
        // compiled under every other setting, left to MyBatis while returnInstanceForEmptyRow was set
        assertThat(interceptor().statementsLeftToMyBatis()).containsEntry(JOINED, "returnInstanceForEmptyRow is set");
    }

    private int compareEveryStatementWithoutParameters() {
        int compared = 0;
        Configuration configuration = compiled.getConfiguration();
        for (String id : new ArrayList<>(configuration.getMappedStatementNames())) {
            if (!id.contains(".")) {
                continue;
            }
            MappedStatement statement = configuration.getMappedStatement(id);
            if (statement.getSqlCommandType() == SqlCommandType.SELECT && takesNoParameters(statement)) {
                assertSameOutcome(id);
                compared++;
            }
        }
        return compared;
    }

    private void change(Consumer<Configuration> settings) {
        settings.accept(compiled.getConfiguration());
        settings.accept(reference.getConfiguration());
    }

    private void assertSameGraphs(String... ids) {
        for (String id : ids) {
            assertThat(GraphShape.of(select(compiled, id))).as(id).isEqualTo(GraphShape.of(select(reference, id)));
        }
    }

    /** The same graph, or (where MyBatis fails) the same failure, down to its cause. */
    private void assertSameOutcome(String id) {
        Object expected;
        try {
            expected = select(reference, id);
        } catch (RuntimeException e) {
            Throwable actual = catchThrowable(() -> select(compiled, id));
            assertThat(actual).as(id).isExactlyInstanceOf(e.getClass());
            assertThat(rootCause(actual)).as(id).isExactlyInstanceOf(rootCause(e).getClass())
                    .hasMessage(rootCause(e).getMessage());
            return;
        }
        assertThat(GraphShape.of(select(compiled, id))).as(id).isEqualTo(GraphShape.of(expected));
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean takesNoParameters(MappedStatement statement) {
        try {
            return statement.getBoundSql(new HashMap<>()).getParameterMappings().isEmpty();
        } catch (RuntimeException e) {
            return false; // a statement that needs its provider or parameter object
        }
    }

    private static <T> List<T> select(SqlSessionFactory factory, String id) {
        try (SqlSession session = factory.openSession()) {
            return session.selectList(id, Map.of());
        }
    }

    private CompiledResultMapInterceptor interceptor() {
        return compiled.getConfiguration().getInterceptors().stream()
                .filter(CompiledResultMapInterceptor.class::isInstance)
                .map(CompiledResultMapInterceptor.class::cast).findFirst().orElseThrow();
    }
}
