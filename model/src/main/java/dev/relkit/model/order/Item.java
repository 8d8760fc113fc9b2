package dev.relkit.model.order;

import java.math.BigDecimal;

/**
 * A row of {@code item}: the target of the many-to-one {@link OrderItem#getItem()} in the
 * association-object pattern. {@code price} is the current list price.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an item never loads or walks a
 * relationship.
 */
public class Item {

    private Integer id;
    private String description;
    private BigDecimal price;

    public Item() {
    }

    public Item(String description, BigDecimal price) {
        this.description = description;
        this.price = price;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    @Override
    public String toString() {
        return "Item{id=" + id + ", description='" + description + "', price=" + price + "}";
    }
}
