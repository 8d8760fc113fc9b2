package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.company.EmployeeMapper;
import dev.relkit.mapper.tree.TreeNodeMapper;
import dev.relkit.model.company.Employee;
import dev.relkit.model.tree.Category;
import dev.relkit.model.tree.TreeNode;
import dev.relkit.load.DetachedInstanceException;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE;
import static dev.relkit.mapper.company.CompanyRelationships.MANAGER;
import static dev.relkit.mapper.company.CompanyRelationships.SUBORDINATES;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;
import static dev.relkit.mapper.tree.CategoryDynamicSqlSupport.category;
import static dev.relkit.mapper.tree.TreeNodeDynamicSqlSupport.treeNode;
import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY;
import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_CHILDREN;
import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_PARENT;
import static dev.relkit.mapper.tree.TreeRelationships.NODE_CHILDREN;
import static dev.relkit.mapper.tree.TreeRelationships.NODE_PARENT;
import static dev.relkit.mapper.tree.TreeRelationships.TREE_NODE;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.isNull;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Every loader strategy on the self-referential relationships {@code Employee.manager} /
 * {@code subordinates}, {@code TreeNode.parent} / {@code children} (a map keyed by name) and
 * {@code Category.children} (a list), and recursive loading: {@code selectIn(CHILDREN).recursive(n)}
 * costs one statement per level whatever the number of nodes, and stops on a cycle.
 *
 * <p>Seeds: Olivia Reed (1) -> Marcus Webb (2) -> Tom Becker (4) -> Sam (6), Ken (8), Noah (10);
 * rootnode (1) -> node1, node3, node2, node4 -> ... -> leaf1 five levels down; Electronics (1) ->
 * Computers (2), Phones (6); Computers -> Laptops (3), Desktops (8); Laptops -> Gaming Laptops (4),
 * Ultrabooks (5).
 */
@RelkitTest
class SelfReferentialLoadingIT {

    // ---- Employee.manager / Employee.subordinates ----

    @Test
    void selectInLoadsEveryManagerInOneStatementAsTheSameObjectsAsTheParents(SqlSession session, EmployeeMapper employees,
                                                                            StatementRecorder statements) {
        List<Employee> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(employees.selectAll(), LoadPlan.of(selectIn(MANAGER))));

        assertThat(loaded.get(0).getManager()).isNull();
        assertThat(loaded).filteredOn(e -> e.getManagerId() != null)
                .allSatisfy(e -> assertThat(e.getManager()).isSameAs(loaded.get(e.getManagerId() - 1)));
    }

    @Test
    void selectInLoadsEverySubordinatesListInOneStatement(SqlSession session, EmployeeMapper employees,
                                                         StatementRecorder statements) {
        List<Employee> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(employees.selectAll(), LoadPlan.of(selectIn(SUBORDINATES))));

        assertThat(loaded).extracting(Employee::getName, e -> employeeIds(e.getSubordinates())).startsWith(
                tuple("Olivia Reed", List.of(2, 3, 5)), tuple("Marcus Webb", List.of(4, 12)), tuple("Priya Nair", List.of(7, 9, 13, 14)),
                tuple("Tom Becker", List.of(6, 8, 10)), tuple("Lena Fischer", List.of(11)), tuple("Sam Okafor", List.of()));
        assertThat(loaded.get(3).getSubordinates().get(0)).as("one object per row").isSameAs(loaded.get(5));
    }

    @Test
    void joinedTrustsTheSelfJoinedStatementInXmlAndDynamicSql(SqlSession session, EmployeeMapper employees,
                                                             StatementRecorder statements) {
        for (Employee tom : List.of(statements.assertCount(1, () -> employees.selectWithManagerAndSubordinatesById(4)),
                statements.assertCount(1, () -> employees.selectWithManagerAndSubordinatesByIdDynamic(4)))) {
            statements.assertCount(0, () -> ReferenceCatalogue.loader(session)
                    .load(List.of(tom), LoadPlan.of(joined(MANAGER), joined(SUBORDINATES))));

            assertThat(tom.getManager().getName()).isEqualTo("Marcus Webb");
            assertThat(tom.getSubordinates()).extracting(Employee::getName).containsExactly("Sam Okafor", "Ken Watanabe", "Noah Schmidt");
            assertThat(tom.getSubordinates()).allSatisfy(s -> assertThat(s.getManager()).isSameAs(tom));
            session.clearCache();
        }
    }

    @Test
    void subqueryLoadsManagersAndSubordinatesOfTheQueriedEmployeesInOneStatementEach(SqlSession session,
                                                                                    StatementRecorder statements) {
        var marcusAndTom = select(employee.columns("")).from(employee).where(employee.id, isIn(2, 4)).orderBy(employee.id);

        List<RecordedStatement> run = new ArrayList<>();
        List<Employee> loaded = new ArrayList<>();
        run.addAll(statements.record(() -> loaded.addAll(ReferenceCatalogue.loader(session)
                .query(EMPLOYEE, marcusAndTom, LoadPlan.of(subquery(MANAGER), subquery(SUBORDINATES))))));

        assertThat(run).hasSize(3);
        assertThat(loaded).extracting(e -> e.getManager().getName(), e -> employeeIds(e.getSubordinates()))
                .containsExactly(tuple("Olivia Reed", List.of(4, 12)), tuple("Marcus Webb", List.of(6, 8, 10)));
        assertThat(loaded.get(1).getManager()).as("Marcus, a parent, is Tom's manager").isSameAs(loaded.get(0));
        assertThat(loaded.get(0).getSubordinates().get(0)).isSameAs(loaded.get(1));
    }

    @Test
    void lazyRaiseAndNoLoadOnTheSelfReference(SqlSession session, EmployeeMapper employees, StatementRecorder statements) {
        List<Employee> lazyLoaded = employees.selectAll();
        session.clearCache();
        List<Employee> raising = employees.selectAll();
        session.clearCache();
        List<Employee> unloaded = employees.selectAll();
        RelationshipLoader loader = ReferenceCatalogue.loader(session);

        statements.assertCount(0, () -> {
            loader.load(lazyLoaded, LoadPlan.of(lazy(MANAGER), lazy(SUBORDINATES)));
            loader.load(raising, LoadPlan.of(raise(MANAGER), raise(SUBORDINATES)));
            loader.load(unloaded, LoadPlan.of(noLoad(MANAGER), noLoad(SUBORDINATES)));
        });

        Employee tom = lazyLoaded.get(3);
        statements.assertCount(0, () -> {
            // Marcus Webb is one of the parents: the lazy reference is that object, not a stand-in
            assertThat(tom.getManager()).isSameAs(lazyLoaded.get(1));
            assertThat(tom.getSubordinates().toString()).isEqualTo("[lazy: Employee.subordinates of Employee#4]");
        });
        assertThat(statements.assertCount(0, () -> tom.getManager().getName())).isEqualTo("Marcus Webb");
        assertThat(statements.assertCount(1, () -> employeeIds(tom.getSubordinates()))).containsExactly(6, 8, 10);
        assertThat(lazyLoaded.get(0).getManager()).as("no manager id: nothing to load").isNull();

        statements.assertCount(0, () -> {
            assertThatThrownBy(() -> raising.get(3).getManager().getName()).isInstanceOf(RelationshipNotLoadedException.class)
                    .hasMessageContaining("Employee.manager").hasMessageContaining("Employee#4");
            assertThatThrownBy(() -> raising.get(3).getSubordinates().size()).isInstanceOf(RelationshipNotLoadedException.class)
                    .hasMessageContaining("Employee.subordinates").hasMessageContaining("Employee#4");
        });
        assertThat(unloaded).allSatisfy(e -> {
            assertThat(e.getManager()).isNull();
            assertThat(e.getSubordinates()).isEmpty();
        });
    }

    @Test
    void recursiveSubordinatesLoadTheManagementChainOneStatementPerLevel(SqlSession session, StatementRecorder statements) {
        var olivia = select(employee.columns("")).from(employee).where(employee.id, isEqualTo(1));

        Employee top = statements.assertCount(1 + 3, () -> ReferenceCatalogue.loader(session)
                .query(EMPLOYEE, olivia, LoadPlan.of(selectIn(SUBORDINATES).recursive(3)))).get(0);

        Employee marcus = top.getSubordinates().get(0);
        Employee tomBecker = marcus.getSubordinates().get(0);
        assertThat(employeeIds(top.getSubordinates())).containsExactly(2, 3, 5);
        assertThat(employeeIds(marcus.getSubordinates())).containsExactly(4, 12);
        assertThat(employeeIds(tomBecker.getSubordinates())).containsExactly(6, 8, 10);
        assertThat(tomBecker.getSubordinates()).allSatisfy(e -> assertThat(e.getSubordinates()).as("level 4: not loaded").isEmpty());
    }

    // ---- TreeNode.children, a map keyed by name ----

    @Test
    void selectInFillsTheKeyedChildrenAndRecursionReachesTheLeafFourLevelsDown(SqlSession session, StatementRecorder statements) {
        var rootnode = select(treeNode.id, treeNode.parentId, treeNode.name).from(treeNode).where(treeNode.id, isEqualTo(1));

        TreeNode root = statements.assertCount(1 + 4, () -> ReferenceCatalogue.loader(session)
                .query(TREE_NODE, rootnode, LoadPlan.of(selectIn(NODE_CHILDREN).recursive(4)))).get(0);

        assertThat(root.getChildren()).containsOnlyKeys("node1", "node3", "node2", "node4");
        assertThat(new ArrayList<>(root.getChildren().keySet())).as("declared order: by id").containsExactly("node1", "node3", "node2", "node4");
        assertThat(root.getChildren().get("node2").getChildren()).containsOnlyKeys("subnode1", "subnode2");
        TreeNode leaf = root.getChildren().get("node4").getChildren().get("subnode3").getChildren().get("subsubnode1")
                .getChildren().get("leaf1");
        assertThat(leaf).extracting(TreeNode::getId, TreeNode::getName).containsExactly(11, "leaf1");
    }

    @Test
    void everyStrategyOnTheKeyedChildrenAndTheParent(SqlSession session, TreeNodeMapper nodes, StatementRecorder statements) {
        var roots = select(treeNode.id, treeNode.parentId, treeNode.name).from(treeNode).where(treeNode.parentId, isNull())
                .orderBy(treeNode.id);
        RelationshipLoader loader = ReferenceCatalogue.loader(session);

        List<TreeNode> bySubquery = statements.assertCount(2, () -> loader.query(TREE_NODE, roots, LoadPlan.of(subquery(NODE_CHILDREN))));
        assertThat(bySubquery).extracting(TreeNode::getName, n -> List.copyOf(n.getChildren().keySet())).containsExactly(
                tuple("rootnode", List.of("node1", "node3", "node2", "node4")), tuple("otherroot", List.of("node1")));

        var level1 = select(treeNode.id, treeNode.parentId, treeNode.name).from(treeNode).where(treeNode.parentId, isEqualTo(1))
                .orderBy(treeNode.id);
        List<TreeNode> withParents = statements.assertCount(2, () -> loader.query(TREE_NODE, level1, LoadPlan.of(selectIn(NODE_PARENT))));
        assertThat(withParents).hasSize(4).allSatisfy(n -> assertThat(n.getParent()).isSameAs(withParents.get(0).getParent()));
        assertThat(withParents.get(0).getParent().getName()).isEqualTo("rootnode");

        TreeNode joinedRoot = statements.assertCount(1, () -> nodes.selectSubtree(1));
        statements.assertCount(0, () -> loader.load(List.of(joinedRoot), LoadPlan.of(joined(NODE_CHILDREN))));
        assertThat(joinedRoot.getChildren()).containsOnlyKeys("node1", "node3", "node2", "node4");

        session.clearCache();
        List<TreeNode> lazyRoots = loader.query(TREE_NODE, roots, LoadPlan.of(lazy(NODE_CHILDREN)));
        session.clearCache();
        List<TreeNode> raisingRoots = loader.query(TREE_NODE, roots, LoadPlan.of(raise(NODE_CHILDREN)));
        session.clearCache();
        List<TreeNode> unloadedRoots = loader.query(TREE_NODE, roots, LoadPlan.of(noLoad(NODE_CHILDREN)));
        statements.assertCount(0, () -> {
            assertThat(lazyRoots.get(0).getChildren().toString()).isEqualTo("{lazy: TreeNode.children of TreeNode#1}");
            assertThat(lazyRoots.get(0).toString()).isEqualTo("TreeNode{id=1, parentId=null, name='rootnode'}");
            assertThat(lazyRoots.get(0).getChildren().hashCode()).isEqualTo(System.identityHashCode(lazyRoots.get(0).getChildren()));
            assertThatThrownBy(() -> raisingRoots.get(1).getChildren().get("node1")).isInstanceOf(RelationshipNotLoadedException.class)
                    .hasMessageContaining("TreeNode.children").hasMessageContaining("TreeNode#12");
        });
        assertThat(statements.assertCount(1, () -> lazyRoots.get(0).getChildren().get("node2").getId())).isEqualTo(4);
        assertThat(unloadedRoots).allSatisfy(n -> assertThat(n.getChildren()).isEmpty());
    }

    @Test
    void lazyChildrenAfterTheSessionClosedThrowNamingTheNode(SqlSessionFactory factory) {
        var rootnode = select(treeNode.id, treeNode.parentId, treeNode.name).from(treeNode).where(treeNode.id, isEqualTo(1));
        TreeNode root;
        try (SqlSession own = factory.openSession()) {
            root = ReferenceCatalogue.loader(own).query(TREE_NODE, rootnode, LoadPlan.of(lazy(NODE_CHILDREN))).get(0);
        }

        assertThatThrownBy(() -> root.getChildren().size()).isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("TreeNode.children").hasMessageContaining("TreeNode#1").hasMessageContaining("closed");
    }

    // ---- Category.children: recursion on a generated tree, and on a cycle ----

    @ParameterizedTest(name = "branching {0}: {1} nodes, 6 levels below the root")
    @CsvSource({"1, 7", "2, 127", "3, 1093"})
    void recursionToDepthFourCostsOnePlusFourStatementsWhateverTheNumberOfNodes(int branching, int nodes, SqlSession session,
                                                                               StatementRecorder statements) {
        assertThat(GeneratedDomainRows.categoryTree(session, branching, 6)).isEqualTo(nodes);

        Category root = statements.assertCount(1 + 4, () -> ReferenceCatalogue.loader(session)
                .query(CATEGORY, generatedRoot(), LoadPlan.of(selectIn(CATEGORY_CHILDREN).recursive(4)))).get(0);

        List<List<Category>> levels = levels(root);
        assertThat(levels).extracting(List::size).containsExactly(1, branching, pow(branching, 2), pow(branching, 3), pow(branching, 4));
        assertThat(levels.get(4)).allSatisfy(c -> assertThat(LoadState.isUnloaded(c.getChildren()))
                .as("level 5 is beyond the depth: not loaded, not empty").isTrue());
        Category first = levels.get(4).get(0);
        assertThat(first.getName()).isEqualTo("gen.1.1.1.1");
    }

    @ParameterizedTest(name = "branching {0}: {1} nodes")
    @CsvSource({"2, 127", "3, 1093"})
    void recursionDeeperThanTheTreeStopsAtTheFirstEmptyLevel(int branching, int nodes, SqlSession session,
                                                            StatementRecorder statements) {
        GeneratedDomainRows.categoryTree(session, branching, 6);

        Category root = statements.assertCount(1 + 6 + 1, () -> ReferenceCatalogue.loader(session, 5000)
                .query(CATEGORY, generatedRoot(), LoadPlan.of(selectIn(CATEGORY_CHILDREN).recursive(50)))).get(0);
        // 6 levels of children, then one statement finds the leaves childless and the walk stops

        assertThat(levels(root).stream().mapToInt(List::size).sum()).isEqualTo(nodes);
    }

    @Test
    void recursionStopsOnACycleAndSharesTheObjectsOfTheCycle(SqlSession session, StatementRecorder statements) {
        GeneratedDomainRows.execute(session, "UPDATE category SET parent_id = 4 WHERE id = 1"); // Electronics under Gaming Laptops
        var electronics = select(category.id, category.parentId, category.name).from(category).where(category.id, isEqualTo(1));

        Category root = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> statements.assertCount(1 + 4,
                () -> ReferenceCatalogue.loader(session).query(CATEGORY, electronics,
                        LoadPlan.of(selectIn(CATEGORY_CHILDREN).recursive(100))).get(0)));
        // levels: Computers, Phones / Laptops, Desktops / Gaming Laptops, Ultrabooks / Electronics again: visited, stop

        Category gamingLaptops = root.getChildren().get(0).getChildren().get(0).getChildren().get(0);
        assertThat(gamingLaptops.getName()).isEqualTo("Gaming Laptops");
        assertThat(gamingLaptops.getChildren()).singleElement().as("the cycle closes on the same object").isSameAs(root);
    }

    @Test
    void categoryParentAndChildrenUnderEveryOtherStrategy(SqlSession session, StatementRecorder statements) {
        var all = select(category.id, category.parentId, category.name).from(category).orderBy(category.id);
        RelationshipLoader loader = ReferenceCatalogue.loader(session);

        List<Category> loaded = statements.assertCount(3, () -> loader.query(CATEGORY, all,
                LoadPlan.of(subquery(CATEGORY_CHILDREN), selectIn(CATEGORY_PARENT))));
        assertThat(loaded).extracting(Category::getName, c -> c.getParent() == null ? null : c.getParent().getName(),
                c -> c.getChildren().stream().map(Category::getName).toList()).containsExactly(
                tuple("Electronics", null, List.of("Computers", "Phones")),
                tuple("Computers", "Electronics", List.of("Laptops", "Desktops")),
                tuple("Laptops", "Computers", List.of("Gaming Laptops", "Ultrabooks")),
                tuple("Gaming Laptops", "Laptops", List.of()),
                tuple("Ultrabooks", "Laptops", List.of()),
                tuple("Phones", "Electronics", List.of()),
                tuple("Books", null, List.of()),
                tuple("Desktops", "Computers", List.of()));
        assertThat(loaded.get(1).getParent()).isSameAs(loaded.get(0)).isSameAs(loaded.get(5).getParent());
        assertThat(loaded.get(0).getChildren().get(0)).isSameAs(loaded.get(1));

        session.clearCache();
        List<Category> lazyLoaded = loader.query(CATEGORY, all, LoadPlan.of(lazy(CATEGORY_CHILDREN), lazy(CATEGORY_PARENT)));
        statements.assertCount(0, () -> assertThat(lazyLoaded.get(2).toString()).isEqualTo("Category{id=3, parentId=2, name='Laptops'}"));
        // Computers is one of the rows: the lazy parent is that object, without SQL
        assertThat(statements.assertCount(0, () -> lazyLoaded.get(2).getParent().getName())).isEqualTo("Computers");
        assertThat(lazyLoaded.get(2).getParent()).isSameAs(lazyLoaded.get(1));
        assertThat(statements.assertCount(1, () -> lazyLoaded.get(2).getChildren().size())).isEqualTo(2);
        assertThat(lazyLoaded.get(6).getParent()).as("Books is a root").isNull();

        session.clearCache();
        List<Category> raising = loader.query(CATEGORY, all, LoadPlan.of(raise(CATEGORY_CHILDREN), raise(CATEGORY_PARENT)));
        session.clearCache();
        List<Category> unloaded = loader.query(CATEGORY, all, LoadPlan.of(noLoad(CATEGORY_CHILDREN), noLoad(CATEGORY_PARENT)));
        statements.assertCount(0, () -> {
            assertThatThrownBy(() -> raising.get(1).getChildren().isEmpty()).isInstanceOf(RelationshipNotLoadedException.class)
                    .hasMessageContaining("Category.children").hasMessageContaining("Category#2");
            assertThatThrownBy(() -> raising.get(1).getParent().getName()).isInstanceOf(RelationshipNotLoadedException.class)
                    .hasMessageContaining("Category.parent").hasMessageContaining("Category#2");
            assertThat(unloaded).allSatisfy(c -> {
                assertThat(c.getChildren()).isEmpty();
                assertThat(c.getParent()).isNull();
            });
        });
    }

    // ---- helpers ----

    private static org.mybatis.dynamic.sql.util.Buildable<org.mybatis.dynamic.sql.select.SelectModel> generatedRoot() {
        return select(category.id, category.parentId, category.name).from(category).where(category.name, isEqualTo("gen"));
    }

    /** The tree under {@code root} level by level, each node met once (identity), root first. */
    private static List<List<Category>> levels(Category root) {
        Set<Category> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<List<Category>> levels = new ArrayList<>();
        List<Category> level = List.of(root);
        seen.add(root);
        while (!level.isEmpty()) {
            levels.add(level);
            List<Category> next = new ArrayList<>();
            for (Category node : level) {
                if (LoadState.isUnloaded(node.getChildren())) {
                    continue; // past the recursion depth: touching it would load it
                }
                for (Category child : node.getChildren()) {
                    if (seen.add(child)) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return levels;
    }

    private static int pow(int base, int exponent) {
        int result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    private static List<Integer> employeeIds(List<Employee> employees) {
        return employees.stream().map(Employee::getId).toList();
    }
}
