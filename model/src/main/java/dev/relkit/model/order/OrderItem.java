package dev.relkit.model.order;

import java.math.BigDecimal;

/**
 * A row of {@code order_item}: the association object between {@link Order} and {@link Item}.
 * It carries its own columns ({@code quantity}, {@code price_paid}, the price actually charged,
 * which may differ from the item's list price) and two many-to-ones,
 * {@link #getOrder() order} and {@link #getItem() item}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an order item never loads or walks
 * a relationship.
 */
public class OrderItem {

    private Integer id;
    private Integer orderId;
    private Integer itemId;
    private Integer quantity;
    private BigDecimal pricePaid;
    private Order order;
    private Item item;

    public OrderItem() {
    }

    public OrderItem(Integer quantity, BigDecimal pricePaid) {
        this.quantity = quantity;
        this.pricePaid = pricePaid;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getOrderId() {
        return orderId;
    }

    public void setOrderId(Integer orderId) {
        this.orderId = orderId;
    }

    public Integer getItemId() {
        return itemId;
    }

    public void setItemId(Integer itemId) {
        this.itemId = itemId;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getPricePaid() {
        return pricePaid;
    }

    public void setPricePaid(BigDecimal pricePaid) {
        this.pricePaid = pricePaid;
    }

    public Order getOrder() {
        return order;
    }

    public void setOrder(Order order) {
        this.order = order;
    }

    public Item getItem() {
        return item;
    }

    public void setItem(Item item) {
        this.item = item;
    }

    /**
     * {@code quantity x pricePaid} for this line.
     *
     * @throws IllegalStateException when either value is missing; the message shows the line,
     *         including its id and order id
     */
    public BigDecimal subtotal() {
        if (quantity == null || pricePaid == null) {
            throw new IllegalStateException("Cannot compute the subtotal of " + this + ": "
                    + (quantity == null ? "quantity" : "pricePaid") + " is null");
        }
        return pricePaid.multiply(BigDecimal.valueOf(quantity));
    }

    @Override
    public String toString() {
        return "OrderItem{id=" + id + ", orderId=" + orderId + ", itemId=" + itemId + ", quantity="
                + quantity + ", pricePaid=" + pricePaid + "}";
    }
}
