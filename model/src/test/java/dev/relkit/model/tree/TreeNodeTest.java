package dev.relkit.model.tree;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TreeNodeTest {

    @Test
    void pathOfARootIsItsName() {
        assertThat(new TreeNode("rootnode").path()).isEqualTo("rootnode");
    }

    @Test
    void pathListsTheNamesFromTheRootDown() {
        TreeNode root = node(1, "rootnode", null);
        TreeNode node4 = node(7, "node4", root);
        TreeNode subnode3 = node(8, "subnode3", node4);
        TreeNode subsubnode1 = node(10, "subsubnode1", subnode3);
        TreeNode leaf1 = node(11, "leaf1", subsubnode1);

        assertThat(leaf1.path()).isEqualTo("rootnode/node4/subnode3/subsubnode1/leaf1");
        assertThat(subnode3.path()).isEqualTo("rootnode/node4/subnode3");
    }

    @Test
    void pathFollowsParentReferencesOnly() {
        // a node held in a children map but without its parent reference is, as far as
        // path() can tell, a root: path() never searches the tree
        TreeNode root = node(1, "rootnode", null);
        TreeNode orphan = new TreeNode("node1");
        root.getChildren().put("node1", orphan);

        assertThat(orphan.path()).isEqualTo("node1");
    }

    @Test
    void pathDetectsACycleAndNamesTheNodeWhereItCloses() {
        TreeNode a = node(1, "a", null);
        TreeNode b = node(2, "b", a);
        TreeNode c = node(3, "c", b);
        a.setParent(c);
        TreeNode d = node(4, "d", a);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(d::path)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("node 'a' (id=1) is its own ancestor")
                        .hasMessageContaining("path of 'd' (id=4)"));
    }

    @Test
    void pathDetectsANodeThatIsItsOwnParent() {
        TreeNode loop = node(5, "loop", null);
        loop.setParent(loop);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(loop::path)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("'loop' (id=5) is its own ancestor"));
    }

    private static TreeNode node(int id, String name, TreeNode parent) {
        TreeNode node = new TreeNode(name);
        node.setId(id);
        if (parent != null) {
            node.setParent(parent);
            node.setParentId(parent.getId());
            parent.getChildren().put(name, node);
        }
        return node;
    }
}
