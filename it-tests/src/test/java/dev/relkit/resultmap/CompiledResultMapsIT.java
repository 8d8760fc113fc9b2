package dev.relkit.resultmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.mapper.company.DepartmentMapper;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.mapper.order.OrderMapper;
import dev.relkit.mapper.tree.CategoryMapper;
import dev.relkit.mapper.tree.TreeNodeMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.cursor.defaults.DefaultCursor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link CompiledResultMapInterceptor} against MyBatis's own result mapping: the same statements on
 * the same rows, once through each, must give the same object graphs, values and shared objects
 * alike ({@link GraphShape}). The reference factory is the same configuration with the plugin
 * switched off ({@value CompiledResultMapInterceptor#DISABLED_VARIABLE}).
 */
@RelkitTest
class CompiledResultMapsIT {

    private static final String CASES = "dev.relkit.resultmap.ResultMapCases.";

    private static SqlSessionFactory compiled;
    private static SqlSessionFactory reference;

    @BeforeAll
    static void factories(TestDatabase database) {
        compiled = database.newSqlSessionFactory("dev/relkit/resultmap/compiled-results-config.xml");
        reference = database.newSqlSessionFactory("dev/relkit/resultmap/mybatis-results-config.xml");
    }

    @Test
    void everyStatementWithoutParametersMapsAsMyBatisDoes() {
        List<String> compared = new ArrayList<>();
        Configuration configuration = compiled.getConfiguration();
        for (String id : configuration.getMappedStatementNames()) {
            if (!id.contains(".") || compared.contains(id)) {
                continue;
            }
            MappedStatement statement = configuration.getMappedStatement(id);
            if (statement.getSqlCommandType() == SqlCommandType.SELECT && takesNoParameters(statement)
                    && sameOnBoth(session -> session.selectList(id, new HashMap<>()), id)) {
                compared.add(id);
            }
        }

        assertThat(compared).hasSizeGreaterThan(30)
                .contains("dev.relkit.mapper.order.OrderMapper.selectAllWithItems",
                        "dev.relkit.mapper.blog.PostMapper.selectAllWithAuthorCommentsTags",
                        "dev.relkit.mapper.company.DepartmentMapper.selectAllWithEmployees",
                        CASES + "orderedFlagOverUnorderedRows", CASES + "childrenWithNullKeys",
                        CASES + "discriminated", CASES + "nestedDiscriminator", CASES + "flatDiscriminator",
                        CASES + "heroRecords", CASES + "immutableDepartments", CASES + "annotatedTeams",
                        CASES + "recordUnderPrefix");
        Map<String, String> leftToMyBatis = interceptor().statementsLeftToMyBatis();
        assertThat(leftToMyBatis)
                .containsEntry(CASES + "heroCount",
                        "resultMap " + CASES + "heroCount-Inline maps to java.lang.Long, not to a bean")
                .containsEntry("dev.relkit.mapper.querying.UserQueryMapper.selectUserEmailBundles",
                        "resultMap dev.relkit.mapper.querying.UserQueryMapper.userEmailBundleResult"
                                + " maps constructor arguments")
                .containsEntry(CASES + "heroRecords", "resultMap " + CASES + "heroRecords-Inline maps to "
                        + ConstructedResults.HeroRecord.class.getName()
                        + ", which has no no-argument constructor: MyBatis maps its constructor automatically")
                .containsKeys(CASES + "immutableDepartments", CASES + "annotatedTeams", CASES + "recordUnderPrefix",
                        CASES + "uncreatableDepartments")
                .doesNotContainKeys("dev.relkit.mapper.order.OrderMapper.selectAllWithItems",
                        "dev.relkit.mapper.blog.PostMapper.selectAllWithAuthorCommentsTags",
                        "dev.relkit.mapper.company.DepartmentMapper.selectAllWithEmployees",
                        CASES + "orderedFlagOverUnorderedRows", CASES + "autoMappedHeroes",
                        CASES + "keylessChildren", CASES + "oneTeamMappedTwice", CASES + "childrenWithNullKeys",
                        CASES + "collectionWithoutColumns", CASES + "discriminated", CASES + "nestedDiscriminator",
                        CASES + "flatDiscriminator",
                        "dev.relkit.mapper.inheritance.CompanyMapper.selectAllWithEmployees",
                        "dev.relkit.mapper.inheritance.PersonMapper.selectAll");
    }

    @Test
    void relkitsJoinedStatementsWithParametersMapAsMyBatisDoes() {
        sameOnBoth(session -> session.getMapper(HeroMapper.class).selectWithTeamsById(1), "hero 1 with teams");
        sameOnBoth(session -> session.getMapper(DepartmentMapper.class).selectWithEmployeesById(1),
                "department 1 with employees");
        sameOnBoth(session -> session.getMapper(OrderMapper.class).selectAllWithItemsDynamic(), "orders, dynamic");
        sameOnBoth(session -> session.getMapper(PostMapper.class).selectAllWithAuthorCommentsTagsDynamic(),
                "posts, dynamic");
        sameOnBoth(session -> session.getMapper(CategoryMapper.class).selectSubtreeDynamic(1, 4), "category tree");
        sameOnBoth(session -> session.getMapper(TreeNodeMapper.class).selectSubtreeJoined(1), "tree node levels");
    }

    @Test
    void resultOrderedForgetsAFinishedObjectAsMyBatisDoes() {
        List<Object> ordered = select(compiled, CASES + "orderedFlagOverUnorderedRows");
        List<Object> collapsed = select(compiled, CASES + "unorderedRows");

        // the flag promises ordered rows; over unordered ones a department comes back once per run
        assertThat(ordered).hasSizeGreaterThan(collapsed.size());
        assertThat(GraphShape.of(ordered)).isEqualTo(GraphShape.of(select(reference, CASES + "orderedFlagOverUnorderedRows")));
    }

    @Test
    void cursorsHandOutTheSameObjectsAtTheSameMomentsAsMyBatissCursor() {
        for (String id : List.of("orderedDepartments", "orderedFlagOverUnorderedRows", "unorderedRows",
                "plainMapOverFanOut", "autoMappedHeroes", "discriminated", "flatDiscriminator")) {
            // each object as it looks when handed out: an unordered nested cursor hands out unfinished ones
            assertThat(cursorSnapshots(compiled, CASES + id)).as(id)
                    .isEqualTo(cursorSnapshots(reference, CASES + id))
                    .isNotEmpty();
        }
    }

    @Test
    void aCursorCanBeIteratedOnceAndIsConsumedAtTheEnd() {
        try (SqlSession session = compiled.openSession()) {
            Cursor<Object> cursor = session.selectCursor(CASES + "orderedDepartments");
            // compiled, and still a DefaultCursor for code that casts MyBatis's cursors
            assertThat((Object) cursor).isInstanceOf(CompiledCursor.class).isInstanceOf(DefaultCursor.class);
            assertThat(cursor.isOpen()).isFalse();
            int count = 0;
            for (Object ignored : cursor) {
                assertThat(cursor.isOpen()).isTrue();
                count++;
            }
            assertThat(cursor.isConsumed()).isTrue();
            assertThat(cursor.getCurrentIndex()).isEqualTo(count - 1);
            assertThatThrownBy(cursor::iterator).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("more than one iterator");
        }
    }

    @Test
    void aCollectionWhosePrefixHasNoColumnIsEmptyNotNull() {
        List<Object> departments = select(compiled, CASES + "collectionWithoutColumns");

        assertThat(departments).isNotEmpty().allSatisfy(department ->
                assertThat(((dev.relkit.model.company.Department) department).getEmployees()).isEmpty());
    }

    @Test
    void resultTypesWithoutADefaultConstructorAreCreatedByMyBatissConstructorAutoMapping() {
        List<Object> heroes = select(compiled, CASES + "heroRecords");
        List<Object> heroesWithTeams = select(compiled, CASES + "recordUnderPrefix");

        assertThat(heroes).first().isEqualTo(new ConstructedResults.HeroRecord(1, "Deadpond", null));
        assertThat(heroesWithTeams).extracting("winterTeam").filteredOn(java.util.Objects::nonNull).isNotEmpty()
                .allSatisfy(team -> assertThat(team).isInstanceOf(ConstructedResults.TeamRecord.class));
        for (String id : List.of("heroRecords", "immutableDepartments", "annotatedTeams", "recordUnderPrefix")) {
            assertThat(GraphShape.of(select(compiled, CASES + id))).as(id)
                    .isEqualTo(GraphShape.of(select(reference, CASES + id)));
        }
    }

    @Test
    void aTypeMyBatisCannotCreateFailsWithMyBatissOwnCause() {
        Throwable expected = rootCause(catchThrowable(() -> select(reference, CASES + "uncreatableDepartments")));
        Throwable actual = rootCause(catchThrowable(() -> select(compiled, CASES + "uncreatableDepartments")));

        assertThat(expected).hasMessageContaining("Do not know how to create an instance of");
        assertThat(actual).isExactlyInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }

    @Test
    void aCallWithRowBoundsIsLeftToMyBatis() {
        Function<SqlSession, Object> secondHero = session -> session.selectList(
                "dev.relkit.mapper.hero.HeroMapper.selectAll", null, new RowBounds(1, 1));

        assertThat(sameOnBoth(secondHero, "a RowBounds page")).isTrue();
        try (SqlSession session = compiled.openSession()) {
            assertThat((List<?>) secondHero.apply(session)).hasSize(1);
        }
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

    /** Runs the call on both factories; false when MyBatis itself fails on it (then so must the plugin). */
    private static boolean sameOnBoth(Function<SqlSession, Object> call, String what) {
        Object expected;
        try (SqlSession session = reference.openSession()) {
            expected = call.apply(session);
        } catch (RuntimeException e) {
            try (SqlSession session = compiled.openSession()) {
                assertThatThrownBy(() -> call.apply(session)).as(what).isInstanceOf(e.getClass());
            }
            return false;
        }
        try (SqlSession session = compiled.openSession()) {
            assertThat(GraphShape.of(call.apply(session))).as(what).isEqualTo(GraphShape.of(expected));
        }
        return true;
    }

    private static List<String> cursorSnapshots(SqlSessionFactory factory, String id) {
        List<String> snapshots = new ArrayList<>();
        try (SqlSession session = factory.openSession(); Cursor<Object> cursor = session.selectCursor(id)) {
            cursor.forEach(object -> snapshots.add(cursor.getCurrentIndex() + ": " + GraphShape.of(object)));
            snapshots.add("consumed: " + cursor.isConsumed());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return snapshots;
    }

    private static List<Object> select(SqlSessionFactory factory, String id) {
        try (SqlSession session = factory.openSession()) {
            return session.selectList(id, Map.of());
        }
    }

    private static CompiledResultMapInterceptor interceptor() {
        return compiled.getConfiguration().getInterceptors().stream()
                .filter(CompiledResultMapInterceptor.class::isInstance)
                .map(CompiledResultMapInterceptor.class::cast).findFirst().orElseThrow();
    }
}
