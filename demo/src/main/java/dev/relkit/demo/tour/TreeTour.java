package dev.relkit.demo.tour;

import dev.relkit.mapper.tree.CategoryMapper;
import dev.relkit.mapper.tree.TreeNodeMapper;
import dev.relkit.model.tree.Category;
import dev.relkit.model.tree.TreeNode;

import java.sql.SQLException;
import java.sql.Statement;

import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_TREE;
import static dev.relkit.mapper.tree.TreeRelationships.NODE_TREE;

/**
 * Self-referential trees: tree nodes with children keyed by name and categories with a list of
 * children, loaded to a fixed depth by self-joins and whole by a recursive CTE, and a cycle that
 * neither load follows forever.
 */
final class TreeTour implements TourSection {

    @Override
    public String title() {
        return "Adjacency lists: a tree keyed by name, a category tree, a recursive CTE and a cycle";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/tree.sql");

        TreeNode joined = tour.scenario("rootnode three levels deep, tree_node joined to itself per level (XML)",
                session -> session.getMapper(TreeNodeMapper.class).selectSubtree(1));
        showNodes(tour, joined);

        TreeNode whole = tour.scenario("The whole rootnode tree, one recursive CTE (XML), linked into children maps",
                session -> session.getMapper(TreeNodeMapper.class).selectTree(1));
        showNodes(tour, whole);
        TreeNode leaf1 = whole.getChildren().get("node4").getChildren().get("subnode3")
                .getChildren().get("subsubnode1").getChildren().get("leaf1");
        tour.show("leaf1.path() = " + leaf1.path());

        Category electronics = tour.scenario("The Electronics category tree, categories joined two levels down (dynamic SQL)",
                session -> session.getMapper(CategoryMapper.class).selectSubtreeDynamic(1, 2));
        CATEGORY_TREE.walk(electronics, (depth, category, parent) -> tour.show("  ".repeat(depth) + category.getName()));

        tour.scenario("A cycle: node4 moved under its grandchild subsubnode1, then the tree loaded by the recursive CTE"
                + " (rolled back)", session -> {
                    try (Statement statement = session.getConnection().createStatement()) {
                        statement.executeUpdate("UPDATE tree_node SET parent_id = 10 WHERE id = 7");
                    } catch (SQLException e) {
                        throw new IllegalStateException("could not introduce the cycle: " + e.getMessage(), e);
                    }
                    TreeNode node4 = session.getMapper(TreeNodeMapper.class).selectTree(7);
                    showNodes(tour, node4);
                    TreeNode subsubnode1 = node4.getChildren().get("subnode3").getChildren().get("subsubnode1");
                    tour.show("subsubnode1's child node4 is the start object again: "
                            + (subsubnode1.getChildren().get("node4") == node4));
                    try {
                        node4.path();
                    } catch (IllegalStateException e) {
                        tour.show("node4.path() refuses: " + e.getMessage());
                    }
                    session.rollback();
                    return null;
                });
    }

    /** Prints a tree of nodes indented by depth, each object once (a cycle ends the branch). */
    private static void showNodes(Tour tour, TreeNode root) {
        NODE_TREE.walk(root, (depth, node, parent) -> tour.show("  ".repeat(depth) + node.getName()
                + "  (id " + node.getId() + ")"));
    }
}
