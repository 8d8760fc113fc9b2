package dev.relkit.tree;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.tree.CategoryMapper;
import dev.relkit.model.tree.Category;
import dev.relkit.testing.PlainSql;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_TREE;
import static dev.relkit.tree.TreeSeed.category;
import static dev.relkit.tree.TreeSeed.electronicsTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code Category.parent} / {@code Category.children} (a list), with the generic pieces the
 * tree-node tests use: self-joins per level (XML and dynamic SQL), the shared recursive CTE (XML
 * only) and the adjacency list's linking.
 */
@RelkitTest
class CategoryMapperIT {

    static Stream<Arguments> threeLevels() {
        return Stream.of(
                arguments(named("XML", (BiFunction<CategoryMapper, Integer, Category>) CategoryMapper::selectSubtree)),
                arguments(named("dynamic SQL", (BiFunction<CategoryMapper, Integer, Category>)
                        (mapper, id) -> mapper.selectSubtreeDynamic(id, 3))));
    }

    @ParameterizedTest
    @MethodSource("threeLevels")
    void loadsACategoryTreeThreeLevelsDeepFromOneSelfJoinedStatement(
            BiFunction<CategoryMapper, Integer, Category> query, CategoryMapper categories, StatementRecorder statements) {
        Category electronics = statements.assertCount(1, () -> query.apply(categories, 1));
        Category books = statements.assertCount(1, () -> query.apply(categories, 7));

        assertThat(electronics).usingRecursiveComparison().isEqualTo(electronicsTree());
        assertThat(electronics.getChildren()).extracting(Category::getName).containsExactly("Computers", "Phones");
        assertThat(electronics.getParent()).isNull();
        assertParentsPointUp(electronics);
        assertThat(books).usingRecursiveComparison().isEqualTo(category(7));
        assertThat(books.getChildren()).isEmpty();
    }

    @Test
    void theDynamicFormStopsAtTheAskedDepth(CategoryMapper categories, StatementRecorder statements) {
        Category electronics = statements.assertCount(1, () -> categories.selectSubtreeDynamic(1, 2));

        assertThat(electronics).usingRecursiveComparison()
                .isEqualTo(category(1, category(2, category(3), category(8)), category(6)));
    }

    @Test
    void loadsTheWholeCategoryTreeFromOneRecursiveCteStatement(CategoryMapper categories, StatementRecorder statements) {
        Category electronics = statements.assertCount(1, () -> categories.selectTree(1));
        Category laptops = statements.assertCount(1, () -> categories.selectTree(3));

        assertThat(electronics).usingRecursiveComparison().isEqualTo(electronicsTree());
        assertParentsPointUp(electronics);
        assertThat(laptops).usingRecursiveComparison().isEqualTo(category(3, category(4), category(5)));
        assertThat(laptops.getParent()).isNull();
    }

    @Test
    void aCycleEndsTheRecursiveCteAndTheAssembly(SqlSession session, CategoryMapper categories,
                                                 StatementRecorder statements) throws SQLException {
        // Electronics (1) becomes a child of Gaming Laptops (4), three levels below it
        assertThat(PlainSql.update(session, "UPDATE category SET parent_id = 4 WHERE id = 1")).isEqualTo(1);

        Category electronics = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> statements.assertCount(1, () -> categories.selectTree(1)));

        Category gamingLaptops = electronics.getChildren().get(0).getChildren().get(0).getChildren().get(0);
        assertThat(gamingLaptops.getName()).isEqualTo("Gaming Laptops");
        assertThat(gamingLaptops.getChildren()).containsExactly(electronics);
        assertThat(electronics.getParent()).isSameAs(gamingLaptops);
        List<String> walked = new ArrayList<>();
        CATEGORY_TREE.walk(electronics, (depth, category, owner) -> walked.add(depth + ":" + category.getName()));
        assertThat(walked).containsExactly("0:Electronics", "1:Computers", "2:Laptops", "3:Gaming Laptops",
                "3:Ultrabooks", "2:Desktops", "1:Phones");
    }

    private static void assertParentsPointUp(Category category) {
        for (Category child : category.getChildren()) {
            assertThat(child.getParent()).as("parent of %s", child).isSameAs(category);
            assertParentsPointUp(child);
        }
    }
}
