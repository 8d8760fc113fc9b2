package dev.relkit.model.composite;

/**
 * A row of {@code customer_order_line}: the many side of {@link CustomerOrder#getLines()}. Its
 * many-to-one {@link #getOrder() order} is identified by both {@code orderId} and
 * {@code customerId}; either one alone names orders of several customers.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a line never loads or walks a
 * relationship.
 */
public class CustomerOrderLine {

    private Integer id;
    private Integer orderId;
    private Integer customerId;
    private String product;
    private Integer quantity;
    private CustomerOrder order;

    public CustomerOrderLine() {
    }

    public CustomerOrderLine(String product, Integer quantity) {
        this.product = product;
        this.quantity = quantity;
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

    public Integer getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public void setOrder(CustomerOrder order) {
        this.order = order;
    }

    @Override
    public String toString() {
        return "CustomerOrderLine{id=" + id + ", orderId=" + orderId + ", customerId=" + customerId
                + ", product='" + product + "', quantity=" + quantity + "}";
    }
}
