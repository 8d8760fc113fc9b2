package dev.relkit.relation;

import dev.relkit.mapper.company.CompanyRelationships;
import dev.relkit.mapper.tree.TreeRelationships;
import dev.relkit.model.tree.Category;
import dev.relkit.model.tree.TreeNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_TREE;
import static dev.relkit.mapper.tree.TreeRelationships.NODE_TREE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** {@link AdjacencyList} on objects in memory: linking, joined trees, cycles and bad declarations. */
class AdjacencyListTest {

    private static TreeNode node(int id, Integer parentId, String name) {
        TreeNode node = new TreeNode(name);
        node.setId(id);
        node.setParentId(parentId);
        return node;
    }

    private static Category category(int id, Integer parentId, String name) {
        Category category = new Category(name);
        category.setId(id);
        category.setParentId(parentId);
        return category;
    }

    @Test
    void linkPutsChildrenIntoTheKeyedMapAndReturnsTheRoots() {
        TreeNode root = node(1, null, "rootnode");
        TreeNode node1 = node(2, 1, "node1");
        TreeNode node2 = node(4, 1, "node2");
        TreeNode subnode1 = node(5, 4, "subnode1");
        TreeNode orphan = node(9, 42, "orphan");

        List<TreeNode> roots = NODE_TREE.link(List.of(root, node1, node2, subnode1, orphan));

        assertThat(roots).containsExactly(root, orphan);
        assertThat(root.getChildren()).containsExactly(
                org.assertj.core.api.Assertions.entry("node1", node1), org.assertj.core.api.Assertions.entry("node2", node2));
        assertThat(node2.getChildren()).containsOnlyKeys("subnode1");
        assertThat(subnode1.getParent()).isSameAs(node2);
        assertThat(orphan.getParent()).as("its parent was not loaded").isNull();
        assertThat(subnode1.path()).isEqualTo("rootnode/node2/subnode1");
    }

    @Test
    void linkFillsAListInRowOrder() {
        Category electronics = category(1, null, "Electronics");
        Category phones = category(6, 1, "Phones");
        Category computers = category(2, 1, "Computers");

        Category start = CATEGORY_TREE.linkSubtree(List.of(electronics, phones, computers));

        assertThat(start).isSameAs(electronics);
        assertThat(electronics.getChildren()).containsExactly(phones, computers);
        assertThat(CATEGORY_TREE.linkSubtree(List.of())).isNull();
    }

    @Test
    void linkEndsOnRowsThatFormACycle() {
        TreeNode a = node(1, 3, "a");
        TreeNode b = node(2, 1, "b");
        TreeNode c = node(3, 2, "c");

        List<TreeNode> roots = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> NODE_TREE.link(List.of(a, b, c)));

        assertThat(roots).as("every node's parent is loaded").isEmpty();
        assertThat(a.getParent()).isSameAs(c);
        assertThat(c.getChildren().get("a")).isSameAs(a);
        List<String> walked = new ArrayList<>();
        NODE_TREE.walk(a, (depth, node, owner) -> walked.add(depth + ":" + node.getName()));
        assertThat(walked).containsExactly("0:a", "1:b", "2:c");
        assertThatThrownBy(a::path).hasMessageContaining("Cycle");
    }

    @Test
    void linkRejectsTheSameKeyTwiceNamingIt() {
        assertThatThrownBy(() -> NODE_TREE.link(List.of(node(1, null, "a"), node(1, null, "a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TreeNode#1")
                .hasMessageContaining("TreeNode.children");
    }

    @Test
    void fromJoinedMovesJoinedChildrenIntoTheEntitiesAndSetsParents() {
        JoinedTree<TreeNode> root = joined(node(1, null, "rootnode"));
        JoinedTree<TreeNode> node4 = joined(node(7, 1, "node4"));
        JoinedTree<TreeNode> subnode3 = joined(node(8, 7, "subnode3"));
        root.getChildren().add(node4);
        node4.getChildren().add(subnode3);

        TreeNode top = NODE_TREE.fromJoined(root);

        assertThat(top.getChildren()).containsOnlyKeys("node4");
        assertThat(top.getChildren().get("node4").getChildren().get("subnode3").path()).isEqualTo("rootnode/node4/subnode3");
        assertThat(NODE_TREE.fromJoined(null)).isNull();
    }

    @Test
    void linkParentsSetsTheBackReferencesOfAFilledTree() {
        Category electronics = category(1, null, "Electronics");
        Category computers = category(2, 1, "Computers");
        Category laptops = category(3, 2, "Laptops");
        electronics.getChildren().add(computers);
        computers.getChildren().add(laptops);

        CATEGORY_TREE.linkParents(electronics);

        assertThat(laptops.getParent()).isSameAs(computers);
        assertThat(computers.getParent()).isSameAs(electronics);
        assertThat(electronics.getParent()).isNull();
    }

    @Test
    void ofRejectsRelationshipsThatAreNotASelfReferentialPair() {
        assertThatThrownBy(() -> AdjacencyList.of(TreeRelationships.NODE_CHILDREN, TreeRelationships.NODE_CHILDREN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TreeNode.children is ONE_TO_MANY");
        assertThatThrownBy(() -> AdjacencyList.of(CompanyRelationships.MANAGER, CompanyRelationships.MANAGER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Employee.manager is MANY_TO_ONE");
    }

    private static JoinedTree<TreeNode> joined(TreeNode node) {
        JoinedTree<TreeNode> joined = new JoinedTree<>();
        joined.setKey(node.getId());
        joined.setEntity(node);
        return joined;
    }
}
