package dev.relkit.tree;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.tree.TreeNodeMapper;
import dev.relkit.model.tree.TreeNode;
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

import static dev.relkit.mapper.tree.TreeRelationships.NODE_TREE;
import static dev.relkit.tree.TreeSeed.node;
import static dev.relkit.tree.TreeSeed.rootnodeThreeLevels;
import static dev.relkit.tree.TreeSeed.rootnodeTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code TreeNode.parent} / {@code TreeNode.children} (a map keyed by name): a subtree to a fixed
 * depth from one self-joined statement (XML and dynamic SQL), the whole tree from one recursive-CTE
 * statement (XML only), and both on data with a cycle.
 */
@RelkitTest
class TreeNodeMapperIT {

    static Stream<Arguments> threeLevels() {
        return Stream.of(
                arguments(named("XML", (BiFunction<TreeNodeMapper, Integer, TreeNode>) TreeNodeMapper::selectSubtree)),
                arguments(named("dynamic SQL", (BiFunction<TreeNodeMapper, Integer, TreeNode>)
                        (mapper, id) -> mapper.selectSubtreeDynamic(id, TreeNodeMapper.JOINED_DEPTH))));
    }

    @ParameterizedTest
    @MethodSource("threeLevels")
    void loadsASubtreeThreeLevelsDeepFromOneSelfJoinedStatement(
            BiFunction<TreeNodeMapper, Integer, TreeNode> query, TreeNodeMapper nodes, StatementRecorder statements) {
        TreeNode root = statements.assertCount(1, () -> query.apply(nodes, 1));

        assertThat(root).usingRecursiveComparison().isEqualTo(rootnodeThreeLevels());
        assertThat(root.getChildren()).containsOnlyKeys("node1", "node3", "node2", "node4");
        assertThat(root.getChildren().keySet()).as("children in id order").containsExactly("node1", "node3", "node2", "node4");
        assertThat(root.getParent()).isNull();
        TreeNode subsubnode1 = root.getChildren().get("node4").getChildren().get("subnode3").getChildren().get("subsubnode1");
        assertThat(subsubnode1.getChildren()).as("leaf1 is four levels down, below the joined depth").isEmpty();
        assertThat(subsubnode1.path()).isEqualTo("rootnode/node4/subnode3/subsubnode1");
        assertParentsPointUp(root);
    }

    @ParameterizedTest
    @MethodSource("threeLevels")
    void aSubtreeOfAnInnerNodeHasNoParentLoadedAndNullForAnUnknownId(
            BiFunction<TreeNodeMapper, Integer, TreeNode> query, TreeNodeMapper nodes, StatementRecorder statements) {
        TreeNode node4 = statements.assertCount(1, () -> query.apply(nodes, 7));
        TreeNode unknown = statements.assertCount(1, () -> query.apply(nodes, 99));

        assertThat(node4).usingRecursiveComparison().isEqualTo(node(7, node(8, node(10, node(11))), node(9)));
        assertThat(node4.getParent()).as("the parent is not part of the load").isNull();
        assertThat(node4.getParentId()).isEqualTo(1);
        assertThat(unknown).isNull();
    }

    @Test
    void theDynamicFormJoinsAsManyLevelsAsAsked(TreeNodeMapper nodes, StatementRecorder statements) {
        TreeNode four = statements.assertCount(1, () -> nodes.selectSubtreeDynamic(1, 4));
        TreeNode one = statements.assertCount(1, () -> nodes.selectSubtreeDynamic(1, 1));

        assertThat(four).usingRecursiveComparison().isEqualTo(rootnodeTree());
        assertThat(one).usingRecursiveComparison().isEqualTo(node(1, node(2), node(3), node(4), node(7)));
    }

    @Test
    void loadsTheWholeTreeFromOneRecursiveCteStatement(TreeNodeMapper nodes, StatementRecorder statements) {
        TreeNode root = statements.assertCount(1, () -> nodes.selectTree(1));

        assertThat(root).usingRecursiveComparison().isEqualTo(rootnodeTree());
        assertThat(root.getChildren().keySet()).containsExactly("node1", "node3", "node2", "node4");
        TreeNode leaf1 = root.getChildren().get("node4").getChildren().get("subnode3")
                .getChildren().get("subsubnode1").getChildren().get("leaf1");
        assertThat(leaf1.path()).isEqualTo("rootnode/node4/subnode3/subsubnode1/leaf1");
        assertParentsPointUp(root);
    }

    @Test
    void theRecursiveCteReturnsEachNodeOnceInDepthOrderAndHonoursMaxDepth(TreeNodeMapper nodes, StatementRecorder statements) {
        List<TreeNode> all = statements.assertCount(1, () -> nodes.selectSubtreeRows(1, null));
        TreeNode oneLevel = statements.assertCount(1, () -> nodes.selectTree(1, 1));
        TreeNode otherroot = statements.assertCount(1, () -> nodes.selectTree(12));

        assertThat(all).extracting(TreeNode::getId).containsExactly(1, 2, 3, 4, 7, 5, 6, 8, 9, 10, 11);
        assertThat(oneLevel).usingRecursiveComparison().isEqualTo(node(1, node(2), node(3), node(4), node(7)));
        assertThat(otherroot).usingRecursiveComparison().isEqualTo(node(12, node(13)));
    }

    /**
     * The recursive CTE keeps no path string and lifts MariaDB's silent 1,000-level recursion limit for
     * its own statement: a chain 2,000 deep comes back whole, and a ring of 1,000 nodes ends.
     */
    @Test
    void aChainTwoThousandDeepAndARingOfOneThousandComeBackWhole(SqlSession session, TreeNodeMapper nodes,
                                                                StatementRecorder statements) throws SQLException {
        int chainRoot = insertChain(session, "deep", 2000);
        int ringStart = insertChain(session, "ring", 1000);
        assertThat(PlainSql.update(session, "UPDATE tree_node SET parent_id = " + (ringStart + 999) + " WHERE id = " + ringStart))
                .as("the ring closes: its first node's parent is its last").isEqualTo(1);

        List<TreeNode> chain = statements.assertCount(1, () -> nodes.selectSubtreeRows(chainRoot, null));
        List<TreeNode> ring = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> statements.assertCount(1, () -> nodes.selectSubtreeRows(ringStart, null)));
        List<TreeNode> limited = nodes.selectSubtreeRows(chainRoot, 1500);

        assertThat(chain).hasSize(2000).extracting(TreeNode::getId).startsWith(chainRoot).endsWith(chainRoot + 1999);
        assertThat(ring).hasSize(1000).extracting(TreeNode::getId).doesNotHaveDuplicates();
        assertThat(limited).as("maxDepth 1500: the root and 1,500 levels").hasSize(1501);
    }

    /** {@code count} nodes, each the child of the one before; returns the first node's id (ids are consecutive). */
    private static int insertChain(SqlSession session, String name, int count) throws SQLException {
        assertThat(PlainSql.update(session, "INSERT INTO tree_node (parent_id, name) VALUES (NULL, '" + name + "-0')")).isEqualTo(1);
        int first = ((Number) PlainSql.rows(session, "SELECT MAX(id) FROM tree_node").get(0).get(0)).intValue();
        StringBuilder insert = new StringBuilder("INSERT INTO tree_node (id, parent_id, name) VALUES ");
        for (int i = 1; i < count; i++) {
            insert.append(i == 1 ? "" : ", ").append('(').append(first + i).append(", ").append(first + i - 1)
                    .append(", '").append(name).append('-').append(i).append("')");
        }
        assertThat(PlainSql.update(session, insert.toString())).isEqualTo(count - 1);
        return first;
    }

    @Test
    void aCycleEndsTheRecursiveCteAndTheAssemblyWithoutLooping(SqlSession session, TreeNodeMapper nodes,
                                                               StatementRecorder statements) throws SQLException {
        // node4 (7) becomes a child of its own grandchild subsubnode1 (10): 7 -> 8 -> 10 -> 7
        assertThat(PlainSql.update(session, "UPDATE tree_node SET parent_id = 10 WHERE id = 7")).isEqualTo(1);

        List<TreeNode> rows = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> statements.assertCount(1, () -> nodes.selectSubtreeRows(7, null)));
        session.clearCache(); // the same statement again, not MyBatis's session cache
        TreeNode node4 = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> statements.assertCount(1, () -> nodes.selectTree(7)));

        assertThat(rows).extracting(TreeNode::getId).as("each node once").containsExactly(7, 8, 9, 10, 11);
        TreeNode subsubnode1 = node4.getChildren().get("subnode3").getChildren().get("subsubnode1");
        assertThat(subsubnode1.getChildren()).containsOnlyKeys("leaf1", "node4");
        assertThat(subsubnode1.getChildren().get("node4")).as("the cycle closes on the same object").isSameAs(node4);
        assertThat(node4.getParent()).isSameAs(subsubnode1);
        assertThatThrownBy(node4::path).isInstanceOf(IllegalStateException.class).hasMessageContaining("Cycle");
        List<Integer> walked = new ArrayList<>();
        NODE_TREE.walk(node4, (depth, node, owner) -> walked.add(node.getId()));
        assertThat(walked).containsExactly(7, 8, 10, 11, 9);
    }

    @Test
    void aCycleEndsTheSelfJoinsAtTheirFixedDepth(SqlSession session, TreeNodeMapper nodes,
                                                 StatementRecorder statements) throws SQLException {
        assertThat(PlainSql.update(session, "UPDATE tree_node SET parent_id = 10 WHERE id = 7")).isEqualTo(1);

        TreeNode node4 = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> statements.assertCount(1, () -> nodes.selectSubtree(7)));

        // the joins reach node4 again three levels down; that copy's children are below the depth
        TreeNode expected = node(7, node(8, node(10, node(11), node(7))), node(9));
        expected.getChildren().get("subnode3").getChildren().get("subsubnode1").getChildren().get("node4").setParentId(10);
        expected.setParentId(10);
        assertThat(node4).usingRecursiveComparison().isEqualTo(expected);
    }

    private static void assertParentsPointUp(TreeNode node) {
        for (TreeNode child : node.getChildren().values()) {
            assertThat(child.getParent()).as("parent of %s", child).isSameAs(node);
            assertParentsPointUp(child);
        }
    }
}
