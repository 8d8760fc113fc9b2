package dev.relkit.model.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code category}: a self-referential adjacency list with the plain list collection
 * {@link #getChildren() children} and the many-to-one {@link #getParent() parent}
 * ({@code null} at a root).
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a category never loads or walks a
 * relationship.
 */
public class Category {

    private Integer id;
    private Integer parentId;
    private String name;
    private Category parent;
    private List<Category> children = new ArrayList<>();

    public Category() {
    }

    public Category(String name) {
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

    public Category getParent() {
        return parent;
    }

    public void setParent(Category parent) {
        this.parent = parent;
    }

    public List<Category> getChildren() {
        return children;
    }

    public void setChildren(List<Category> children) {
        this.children = children;
    }

    @Override
    public String toString() {
        return "Category{id=" + id + ", parentId=" + parentId + ", name='" + name + "'}";
    }
}
