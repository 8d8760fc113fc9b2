package dev.relkit.model.composite;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code customer_order}, whose primary key is the pair ({@code id},
 * {@code customer_id}): {@code id} is an order number that is unique per customer only, so two
 * customers each have an order 1. {@link #getLines() lines} is a one-to-many over the composite
 * foreign key {@code customer_order_line (order_id, customer_id)}; {@link #getCustomer() customer}
 * is a many-to-one by {@code customer_id}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an order never loads or walks a
 * relationship.
 */
public class CustomerOrder {

    private Integer id;
    private Integer customerId;
    private LocalDateTime placedAt;
    private Customer customer;
    private List<CustomerOrderLine> lines = new ArrayList<>();

    public CustomerOrder() {
    }

    public CustomerOrder(Integer id, Integer customerId, LocalDateTime placedAt) {
        this.id = id;
        this.customerId = customerId;
        this.placedAt = placedAt;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    public LocalDateTime getPlacedAt() {
        return placedAt;
    }

    public void setPlacedAt(LocalDateTime placedAt) {
        this.placedAt = placedAt;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public List<CustomerOrderLine> getLines() {
        return lines;
    }

    public void setLines(List<CustomerOrderLine> lines) {
        this.lines = lines;
    }

    @Override
    public String toString() {
        return "CustomerOrder{id=" + id + ", customerId=" + customerId + ", placedAt=" + placedAt
                + "}";
    }
}
