package dev.relkit.model.sakila;

/**
 * A film category, linked to films through {@code film_category}.
 *
 * <p>Mapped to the Sakila table {@code category}; {@link #toString()} prints scalar columns only.
 */
public class Category {

    private Integer categoryId;
    private String name;

    public Category() {
    }

    public Integer getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Integer categoryId) {
        this.categoryId = categoryId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Category{"
                + "categoryId=" + categoryId
                + ", name='" + name + "'" + "}";
    }
}
