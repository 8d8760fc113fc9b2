package dev.relkit.mapper.tree;

import dev.relkit.model.tree.Category;
import dev.relkit.model.tree.TreeNode;
import dev.relkit.relation.AdjacencyList;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;

import java.util.List;

import static dev.relkit.mapper.tree.CategoryDynamicSqlSupport.category;
import static dev.relkit.mapper.tree.TreeNodeDynamicSqlSupport.treeNode;

/**
 * The tree domain's entities and relationships, declared once: two self-referential adjacency
 * lists, one with the children keyed by name, one with the children in a list.
 *
 * <pre>
 * tree_node.parent_id ──► tree_node.id   TreeNode.parent ◄──► TreeNode.children (Map by name)
 * category.parent_id  ──► category.id    Category.parent ◄──► Category.children (List)
 * </pre>
 */
public final class TreeRelationships {

    public static final EntityType<TreeNode> TREE_NODE = EntityType.builder(TreeNode.class, treeNode)
            .generatedId("id", treeNode.id, TreeNode::getId, TreeNode::setId)
            .column("parentId", treeNode.parentId, TreeNode::getParentId, TreeNode::setParentId)
            .column("name", treeNode.name, TreeNode::getName, TreeNode::setName)
            .resultMap(TreeNodeMapper.NAMESPACE + ".treeNodeResult")
            .build();

    public static final EntityType<Category> CATEGORY = EntityType.builder(Category.class, category)
            .generatedId("id", category.id, Category::getId, Category::setId)
            .column("parentId", category.parentId, Category::getParentId, Category::setParentId)
            .column("name", category.name, Category::getName, Category::setName)
            .resultMap(CategoryMapper.NAMESPACE + ".categoryResult")
            .build();

    /** {@code TreeNode.parent}: many-to-one through {@code tree_node.parent_id}; null at a root. */
    public static final Relationship<TreeNode, TreeNode> NODE_PARENT = Relationship.manyToOne("parent", TREE_NODE, TREE_NODE)
            .on(treeNode.parentId, treeNode.id)
            .reference(TreeNode::getParent, TreeNode::setParent)
            .backPopulates("children")
            .build();

    /**
     * {@code TreeNode.children}: the inverse of {@link #NODE_PARENT}, a map keyed by child name. A node
     * is part of its parent: removing it from the map (or putting another node under its name) deletes
     * it, and deleting a node deletes its subtree.
     */
    public static final Relationship<TreeNode, TreeNode> NODE_CHILDREN = Relationship.oneToMany("children", TREE_NODE, TREE_NODE)
            .on(treeNode.id, treeNode.parentId)
            .keyedMap(TreeNode::getChildren, TreeNode::setChildren, TreeNode::getName)
            .orderBy(treeNode.id)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
            .backPopulates("parent")
            .build();

    /** {@code Category.parent}: many-to-one through {@code category.parent_id}; null at a root. */
    public static final Relationship<Category, Category> CATEGORY_PARENT = Relationship.manyToOne("parent", CATEGORY, CATEGORY)
            .on(category.parentId, category.id)
            .reference(Category::getParent, Category::setParent)
            .backPopulates("children")
            .build();

    /** {@code Category.children}: the inverse of {@link #CATEGORY_PARENT}, a list ordered by id. */
    public static final Relationship<Category, Category> CATEGORY_CHILDREN = Relationship.oneToMany("children", CATEGORY, CATEGORY)
            .on(category.id, category.parentId)
            .list(Category::getChildren, Category::setChildren)
            .orderBy(category.id)
            .backPopulates("parent")
            .build();

    /** Tree nodes as an adjacency list: assembles loaded nodes into parent / children-by-name. */
    public static final AdjacencyList<TreeNode> NODE_TREE = AdjacencyList.of(NODE_PARENT, NODE_CHILDREN);

    /** Categories as an adjacency list: assembles loaded categories into parent / children. */
    public static final AdjacencyList<Category> CATEGORY_TREE = AdjacencyList.of(CATEGORY_PARENT, CATEGORY_CHILDREN);

    /** Every relationship of the tree domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(NODE_PARENT, NODE_CHILDREN, CATEGORY_PARENT, CATEGORY_CHILDREN);

    private TreeRelationships() {
    }
}
