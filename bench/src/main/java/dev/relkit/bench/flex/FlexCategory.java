package dev.relkit.bench.flex;

import com.mybatisflex.annotation.RelationOneToMany;
import com.mybatisflex.annotation.Table;
import dev.relkit.model.tree.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * relkit's {@link Category} as a MyBatis-Flex entity, its children a self-referencing Flex relation:
 * Flex follows it level by level (one batched {@code IN} per level) down to
 * {@code RelationManager.setMaxDepth}, and {@link #getChildren()} hands the children out as the model's.
 */
@Table("category")
public class FlexCategory extends Category {

    @RelationOneToMany(selfField = "id", targetField = "parentId", orderBy = "id")
    private List<FlexCategory> subcategories = new ArrayList<>();

    public List<FlexCategory> getSubcategories() {
        return subcategories;
    }

    public void setSubcategories(List<FlexCategory> subcategories) {
        this.subcategories = subcategories;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Category> getChildren() {
        return (List) subcategories;
    }
}
