package dev.relkit.session;

/** Test model: one line of a basket. */
public class Line {

    private Integer id;
    private Integer basketId;
    private String product;
    private Integer quantity;
    private Basket basket;

    public Line() {
    }

    public Line(String product, Integer quantity) {
        this.product = product;
        this.quantity = quantity;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getBasketId() {
        return basketId;
    }

    public void setBasketId(Integer basketId) {
        this.basketId = basketId;
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

    public Basket getBasket() {
        return basket;
    }

    public void setBasket(Basket basket) {
        this.basket = basket;
    }

    @Override
    public String toString() {
        return "Line{id=" + id + ", basketId=" + basketId + ", product='" + product + "', quantity=" + quantity + "}";
    }
}
