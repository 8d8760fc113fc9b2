package dev.relkit.mapper.order;

/**
 * Order lines. The XML publishes {@code orderItemColumns}, {@code orderItemResult} and
 * {@code orderItemWithItemResult} (a line with its item) for order queries.
 */
public interface OrderItemMapper {

    String NAMESPACE = "dev.relkit.mapper.order.OrderItemMapper";
}
