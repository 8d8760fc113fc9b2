package dev.relkit.model.composite;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code customer}: the one side of {@link #getOrders() orders}, by
 * {@code customer_order.customer_id}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a customer never loads or walks a
 * relationship.
 */
public class Customer {

    private Integer id;
    private String name;
    private List<CustomerOrder> orders = new ArrayList<>();

    public Customer() {
    }

    public Customer(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<CustomerOrder> getOrders() {
        return orders;
    }

    public void setOrders(List<CustomerOrder> orders) {
        this.orders = orders;
    }

    @Override
    public String toString() {
        return "Customer{id=" + id + ", name='" + name + "'}";
    }
}
