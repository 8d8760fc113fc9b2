package dev.relkit.model.order;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {

    private static final Item T_SHIRT = new Item("T-Shirt", new BigDecimal("19.99"));
    private static final Item MUG = new Item("Mug", new BigDecimal("12.50"));
    private static final Item HAT = new Item("Hat", new BigDecimal("8.99"));

    @Test
    void totalSumsQuantityTimesPricePaidOverEveryLine() {
        // order 2 of the seed: 3 x 8.99 + 2 x 12.50 + 1 x 17.99
        Order order = orderWith(
                line(HAT, 3, "8.99"), line(MUG, 2, "12.50"), line(T_SHIRT, 1, "17.99"));

        assertThat(order.total()).isEqualTo(new BigDecimal("69.96"));
    }

    @Test
    void totalChargesThePricePaidNotTheItemsListPrice() {
        // order 1 of the seed: the mug was sold at 10.00 although it lists at 12.50
        Order order = orderWith(line(T_SHIRT, 2, "19.99"), line(MUG, 1, "10.00"));

        assertThat(order.total()).isEqualTo(new BigDecimal("49.98"));
    }

    @Test
    void totalKeepsCentsExact() {
        // ten lines of 0.10 each: binary floating point would not give exactly 1.00
        OrderItem[] lines = new OrderItem[10];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(MUG, 1, "0.10");
        }

        assertThat(orderWith(lines).total()).isEqualTo(new BigDecimal("1.00"));
    }

    @Test
    void totalOfAnOrderWithoutLinesIsZero() {
        Order order = new Order();

        assertThat(order.total()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void totalRefusesALineWithoutPricePaidAndNamesIt() {
        OrderItem unpriced = line(MUG, 2, null);
        unpriced.setId(7);
        unpriced.setOrderId(3);
        Order order = orderWith(line(T_SHIRT, 1, "19.99"), unpriced);

        assertThatThrownBy(order::total)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OrderItem{id=7, orderId=3")
                .hasMessageEndingWith("pricePaid is null");
    }

    @Test
    void totalRefusesALineWithoutQuantity() {
        Order order = orderWith(line(T_SHIRT, null, "19.99"));

        assertThatThrownBy(order::total)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith("quantity is null");
    }

    private static Order orderWith(OrderItem... lines) {
        Order order = new Order();
        for (OrderItem line : lines) {
            line.setOrder(order);
            order.getOrderItems().add(line);
        }
        return order;
    }

    private static OrderItem line(Item item, Integer quantity, String pricePaid) {
        BigDecimal price = pricePaid == null ? null : new BigDecimal(pricePaid);
        OrderItem line = new OrderItem(quantity, price);
        line.setItem(item);
        return line;
    }
}
