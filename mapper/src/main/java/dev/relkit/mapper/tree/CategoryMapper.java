package dev.relkit.mapper.tree;

import dev.relkit.model.tree.Category;
import dev.relkit.relation.SelfJoinLevels;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.tree.CategoryDynamicSqlSupport.category;
import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_CHILDREN;
import static dev.relkit.mapper.tree.TreeRelationships.CATEGORY_TREE;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Categories with {@code Category.parent} and {@code Category.children} (a list), with the same
 * generic pieces as {@link TreeNodeMapper}: self-joins per level ({@link SelfJoinLevels}, XML three
 * levels), the shared recursive-CTE fragment ({@code TreeNodeMapper.recursiveSubtree}, XML only) and
 * {@link TreeRelationships#CATEGORY_TREE}. A list is a shape MyBatis fills itself, so the joined form
 * maps straight into {@code Category} and only the parent references are set afterwards.
 */
public interface CategoryMapper {

    String NAMESPACE = "dev.relkit.mapper.tree.CategoryMapper";

    // ---- XML statements (CategoryMapper.xml) ----

    /** A category with three levels of children as MyBatis maps them (children filled, parents not set). */
    Category selectSubtreeJoined(int id);

    /** The subtree from {@code rootId} down, one row per category from a recursive CTE (see TreeNodeMapper). */
    List<Category> selectSubtreeRows(@Param("rootId") int rootId, @Param("maxDepth") Integer maxDepth);

    /** A category with three levels of children, each with its parent, one statement. */
    default Category selectSubtree(int id) {
        return CATEGORY_TREE.linkParents(selectSubtreeJoined(id));
    }

    /** The whole subtree from {@code rootId}, parents and children linked, from one recursive-CTE statement. */
    default Category selectTree(int rootId) {
        return CATEGORY_TREE.linkSubtree(selectSubtreeRows(rootId, null));
    }

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("categoryTreeResult")
    Category selectOneTree(SelectStatementProvider selectStatement);

    /** {@link #selectSubtree(int)} to any depth, the joins built from {@link TreeRelationships#CATEGORY_CHILDREN}. */
    default Category selectSubtreeDynamic(int id, int depth) {
        return CATEGORY_TREE.linkParents(selectOneTree(selectSubtreeStatement(id, depth)));
    }

    /** The rendered statement of {@link #selectSubtreeDynamic}. */
    static SelectStatementProvider selectSubtreeStatement(int id, int depth) {
        SelfJoinLevels<CategoryDynamicSqlSupport.CategoryTable> levels = SelfJoinLevels.of(CATEGORY_CHILDREN, category, "c_", depth);
        return levels.leftJoinLevels(select(levels.selectList(CategoryDynamicSqlSupport.CategoryTable::columns)).from(category))
                .where(category.id, isEqualTo(id))
                .orderBy(levels.orderByLevels(category.id))
                .build()
                .render(MYBATIS3);
    }
}
