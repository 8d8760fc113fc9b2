package dev.relkit.model.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code purchase_order}: the parent of the association-object pattern
 * {@code purchase_order -> order_item -> item}. {@link #getOrderItems() orderItems} holds the
 * {@link OrderItem} rows, each of which points at its {@link Item}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an order never loads or walks a
 * relationship.
 */
public class Order {

    private Integer id;
    private String customerName;
    private LocalDateTime placedAt;
    private List<OrderItem> orderItems = new ArrayList<>();

    public Order() {
    }

    public Order(String customerName, LocalDateTime placedAt) {
        this.customerName = customerName;
        this.placedAt = placedAt;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(LocalDateTime placedAt) {
        this.placedAt = placedAt;
    }

    public List<OrderItem> getOrderItems() {
        return orderItems;
    }

    public void setOrderItems(List<OrderItem> orderItems) {
        this.orderItems = orderItems;
    }

    /**
     * The amount charged for this order: the sum of {@link OrderItem#subtotal()} over the
     * {@link #getOrderItems() order items} currently held, zero when there are none. It uses the
     * price paid on each line, not the item's current list price, and never loads anything: a
     * caller that wants the stored lines loads them first.
     *
     * @throws IllegalStateException if a line lacks its quantity or price paid, because a total
     *         that skipped it would be silently wrong
     */
    public BigDecimal total() {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderItem orderItem : orderItems) {
            total = total.add(orderItem.subtotal());
        }
        return total;
    }

    @Override
    public String toString() {
        return "Order{id=" + id + ", customerName='" + customerName + "', placedAt=" + placedAt
                + "}";
    }
}
