package dev.relkit.model.tree;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A row of {@code tree_node}: a self-referential adjacency list whose
 * {@link #getChildren() children} are a map keyed by child name (SQLAlchemy's
 * {@code attribute_keyed_dict("name")}), kept unique per parent by
 * {@code UNIQUE (parent_id, name)}. {@link #getParent() parent} is the many-to-one side,
 * {@code null} at a root.
 *
 * <p>Changing a child's name does not re-key the parent's map: the key is the name the child was
 * put under.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a node never loads or walks a
 * relationship.
 */
public class TreeNode {

    private Integer id;
    private Integer parentId;
    private String name;
    private TreeNode parent;
    private Map<String, TreeNode> children = new LinkedHashMap<>();

    public TreeNode() {
    }

    public TreeNode(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getParentId() {
        return parentId;
    }

    public void setParentId(Integer parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TreeNode getParent() {
        return parent;
    }

    public void setParent(TreeNode parent) {
        this.parent = parent;
    }

    public Map<String, TreeNode> getChildren() {
        return children;
    }

    public void setChildren(Map<String, TreeNode> children) {
        this.children = children;
    }

    /**
     * The names from the root down to this node, joined by {@code /}, for example
     * {@code "rootnode/node2/subnode1"}. Walks the {@link #getParent() parent} references already
     * in memory and loads nothing.
     *
     * @throws IllegalStateException if the parent chain loops back on itself; the message names
     *         the node at which the loop closed and the node whose path was asked for
     */
    public String path() {
        Deque<String> names = new ArrayDeque<>();
        // Identity, not equals: a cycle is the same object met twice, whatever equals says.
        Set<TreeNode> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TreeNode node = this; node != null; node = node.parent) {
            if (!visited.add(node)) {
                throw new IllegalStateException("Cycle in tree_node.parent: node " + node.describe()
                        + " is its own ancestor (while building the path of " + describe() + ")");
            }
            names.addFirst(node.name);
        }
        return String.join("/", names);
    }

    private String describe() {
        return "'" + name + "' (id=" + id + ")";
    }

    @Override
    public String toString() {
        return "TreeNode{id=" + id + ", parentId=" + parentId + ", name='" + name + "'}";
    }
}
