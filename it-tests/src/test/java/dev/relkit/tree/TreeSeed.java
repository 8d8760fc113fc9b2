package dev.relkit.tree;

import dev.relkit.model.tree.Category;
import dev.relkit.model.tree.TreeNode;

/**
 * The rows of {@code seed/tree.sql} as fresh objects with scalar columns only, for building
 * expected graphs: every call returns new objects, linked by {@link #node(int, TreeNode...)} and
 * {@link #category(int, Category...)}.
 */
final class TreeSeed {

    private static final Object[][] NODES = {
            {1, null, "rootnode"}, {2, 1, "node1"}, {3, 1, "node3"}, {4, 1, "node2"}, {5, 4, "subnode1"},
            {6, 4, "subnode2"}, {7, 1, "node4"}, {8, 7, "subnode3"}, {9, 7, "subnode4"}, {10, 8, "subsubnode1"},
            {11, 10, "leaf1"}, {12, null, "otherroot"}, {13, 12, "node1"}};

    private static final Object[][] CATEGORIES = {
            {1, null, "Electronics"}, {2, 1, "Computers"}, {3, 2, "Laptops"}, {4, 3, "Gaming Laptops"},
            {5, 3, "Ultrabooks"}, {6, 1, "Phones"}, {7, null, "Books"}, {8, 2, "Desktops"}};

    private TreeSeed() {
    }

    /** Seed node {@code id} with these children under their names, each pointing back at it. */
    static TreeNode node(int id, TreeNode... children) {
        Object[] row = NODES[id - 1];
        TreeNode node = new TreeNode((String) row[2]);
        node.setId(id);
        node.setParentId((Integer) row[1]);
        for (TreeNode child : children) {
            child.setParent(node);
            node.getChildren().put(child.getName(), child);
        }
        return node;
    }

    /** Seed category {@code id} with these children in order, each pointing back at it. */
    static Category category(int id, Category... children) {
        Object[] row = CATEGORIES[id - 1];
        Category category = new Category((String) row[2]);
        category.setId(id);
        category.setParentId((Integer) row[1]);
        for (Category child : children) {
            child.setParent(category);
            category.getChildren().add(child);
        }
        return category;
    }

    /** The whole rootnode tree, five levels. */
    static TreeNode rootnodeTree() {
        return node(1, node(2), node(3), node(4, node(5), node(6)),
                node(7, node(8, node(10, node(11))), node(9)));
    }

    /** The rootnode tree cut three levels below the root: subsubnode1 without leaf1. */
    static TreeNode rootnodeThreeLevels() {
        return node(1, node(2), node(3), node(4, node(5), node(6)),
                node(7, node(8, node(10)), node(9)));
    }

    /** The whole Electronics tree. */
    static Category electronicsTree() {
        return category(1, category(2, category(3, category(4), category(5)), category(8)), category(6));
    }
}
