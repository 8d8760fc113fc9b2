package dev.relkit.spring.boot.autoconfigure.shop;

import java.util.ArrayList;
import java.util.List;

/** A customer; {@code orders} is {@code ShopRelationships.CUSTOMER_ORDERS}. */
public class Customer {

    private Integer id;
    private String name;
    private List<PurchaseOrder> orders = new ArrayList<>();

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

    public List<PurchaseOrder> getOrders() {
        return orders;
    }

    public void setOrders(List<PurchaseOrder> orders) {
        this.orders = orders;
    }
}
