package dev.relkit.spring.boot.autoconfigure.shop;

/** An order; {@code customer} is {@code ShopRelationships.ORDER_CUSTOMER}. */
public class PurchaseOrder {

    private Integer id;
    private String reference;
    private Integer customerId;
    private Customer customer;

    public PurchaseOrder() {
    }

    public PurchaseOrder(String reference) {
        this.reference = reference;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Integer getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }
}
