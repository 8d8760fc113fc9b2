package dev.relkit.mapper.order;

import dev.relkit.model.order.Item;

import java.util.List;

/** Items. The XML publishes {@code itemColumns} and {@code itemResult} for {@code OrderItem.item} joins. */
public interface ItemMapper {

    String NAMESPACE = "dev.relkit.mapper.order.ItemMapper";

    /** Every item, by id. */
    List<Item> selectAll();
}
