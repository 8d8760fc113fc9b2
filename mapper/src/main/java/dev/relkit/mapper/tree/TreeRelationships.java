package dev.relkit.mapper.tree;

import dev.relkit.model.tree.Category;
import dev.relkit.model.tree.TreeNode;
import dev.relkit.relation.AdjacencyList;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

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

    public static final EntityType<TreeNode> TREE_NODE = EntityType.fromTable(TreeNode.class, treeNode)
            .generatedId(treeNode.id)
            .resultMap(TreeNodeMapper.NAMESPACE + ".treeNodeResult")
            .build();

    public static final EntityType<Category> CATEGORY = EntityType.fromTable(Category.class, category)
            .generatedId(category.id)
            .resultMap(CategoryMapper.NAMESPACE + ".categoryResult")
            .build();

    /** {@code TreeNode.parent}: many-to-one through {@code tree_node.parent_id}; null at a root. */
    public static final RelationshipPair<TreeNode, TreeNode> NODE_PARENT_PAIR = Relationship.manyToOne("parent", TREE_NODE, TREE_NODE)
            .on(treeNode.parentId, treeNode.id)
            .reference(TreeNode::getParent, TreeNode::setParent)
            .withInverse("children", inverse -> inverse
                    .keyedMap(TreeNode::getChildren, TreeNode::setChildren, TreeNode::getName)
                    .orderBy(treeNode.id)
                    .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN))
            .build();
    public static final Relationship<TreeNode, TreeNode> NODE_PARENT = NODE_PARENT_PAIR.relationship();
    /**
     * {@code TreeNode.children}: the inverse of {@link #NODE_PARENT}, a map keyed by child name. A node
     * is part of its parent: removing it from the map (or putting another node under its name) deletes
     * it, and deleting a node deletes its subtree.
     */
    public static final Relationship<TreeNode, TreeNode> NODE_CHILDREN = NODE_PARENT_PAIR.inverse();

    /** {@code Category.parent}: many-to-one through {@code category.parent_id}; null at a root. */
    public static final RelationshipPair<Category, Category> CATEGORY_PARENT_PAIR = Relationship.manyToOne("parent", CATEGORY, CATEGORY)
            .on(category.parentId, category.id)
            .reference(Category::getParent, Category::setParent)
            .withInverse("children", inverse -> inverse
                    .list(Category::getChildren, Category::setChildren)
                    .orderBy(category.id))
            .build();
    public static final Relationship<Category, Category> CATEGORY_PARENT = CATEGORY_PARENT_PAIR.relationship();
    /** {@code Category.children}: the inverse of {@link #CATEGORY_PARENT}, a list ordered by id. */
    public static final Relationship<Category, Category> CATEGORY_CHILDREN = CATEGORY_PARENT_PAIR.inverse();

    /** Tree nodes as an adjacency list: assembles loaded nodes into parent / children-by-name. */
    public static final AdjacencyList<TreeNode> NODE_TREE = AdjacencyList.of(NODE_PARENT, NODE_CHILDREN);

    /** Categories as an adjacency list: assembles loaded categories into parent / children. */
    public static final AdjacencyList<Category> CATEGORY_TREE = AdjacencyList.of(CATEGORY_PARENT, CATEGORY_CHILDREN);

    /** Every relationship of the tree domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(NODE_PARENT, NODE_CHILDREN, CATEGORY_PARENT, CATEGORY_CHILDREN);

    private TreeRelationships() {
    }
}
