package dev.relkit.mapper.tree;

import dev.relkit.model.tree.TreeNode;
import dev.relkit.relation.JoinedTree;
import dev.relkit.relation.SelfJoinLevels;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.tree.TreeNodeDynamicSqlSupport.treeNode;
import static dev.relkit.mapper.tree.TreeRelationships.NODE_CHILDREN;
import static dev.relkit.mapper.tree.TreeRelationships.NODE_TREE;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Tree nodes with {@code TreeNode.parent} and {@code TreeNode.children} (a map keyed by name), loaded
 * in one statement either way:
 * <ul>
 *   <li>to a fixed depth, by self-joins under the role aliases {@code children},
 *       {@code children_children}, ... (XML: three levels; dynamic SQL: any depth), mapped into a
 *       {@link JoinedTree} and moved into the keyed maps by {@link TreeRelationships#NODE_TREE};</li>
 *   <li>whole, by a recursive CTE (XML only: mybatis-dynamic-sql 1.5 renders no {@code WITH}),
 *       one flat row per node, linked by the same adjacency list.</li>
 * </ul>
 * Both stop on a cycle in {@code parent_id}: the joins at their fixed depth, the CTE at a node already
 * on its path.
 */
public interface TreeNodeMapper {

    String NAMESPACE = "dev.relkit.mapper.tree.TreeNodeMapper";

    /** The levels below the start node that {@link #selectSubtree(int)} joins. */
    int JOINED_DEPTH = 3;

    // ---- XML statements (TreeNodeMapper.xml) ----

    /** A node and three levels below it, as mapped from the self-joins; see {@link #selectSubtree(int)}. */
    JoinedTree<TreeNode> selectSubtreeJoined(int id);

    /**
     * The subtree from {@code rootId} down, one row per node from a recursive CTE, ordered by depth then
     * id; {@code maxDepth} limits the depth (null for none). Nodes on a cycle come once.
     */
    List<TreeNode> selectSubtreeRows(@Param("rootId") int rootId, @Param("maxDepth") Integer maxDepth);

    /** A node with three levels of children (children by name, each with its parent), one statement. */
    default TreeNode selectSubtree(int id) {
        return NODE_TREE.fromJoined(selectSubtreeJoined(id));
    }

    /** The whole subtree from {@code rootId}, parents and children linked, from one recursive-CTE statement. */
    default TreeNode selectTree(int rootId) {
        return NODE_TREE.linkSubtree(selectSubtreeRows(rootId, null));
    }

    /** {@link #selectTree(int)} down to {@code maxDepth} levels below the root. */
    default TreeNode selectTree(int rootId, int maxDepth) {
        return NODE_TREE.linkSubtree(selectSubtreeRows(rootId, maxDepth));
    }

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("treeNodeJoinedResult")
    JoinedTree<TreeNode> selectOneJoined(SelectStatementProvider selectStatement);

    /** {@link #selectSubtree(int)} to any depth, the joins built from {@link TreeRelationships#NODE_CHILDREN}. */
    default TreeNode selectSubtreeDynamic(int id, int depth) {
        return NODE_TREE.fromJoined(selectOneJoined(selectSubtreeStatement(id, depth)));
    }

    /** The rendered statement of {@link #selectSubtreeDynamic}. */
    static SelectStatementProvider selectSubtreeStatement(int id, int depth) {
        SelfJoinLevels<TreeNodeDynamicSqlSupport.TreeNodeTable> levels = SelfJoinLevels.of(NODE_CHILDREN, treeNode, "c_", depth);
        return levels.leftJoinLevels(select(levels.selectList(TreeNodeDynamicSqlSupport.TreeNodeTable::columns)).from(treeNode))
                .where(treeNode.id, isEqualTo(id))
                .orderBy(levels.orderByLevels(treeNode.id))
                .build()
                .render(MYBATIS3);
    }
}
