package dev.relkit.bench.flex;

import com.mybatisflex.annotation.RelationManyToOne;
import com.mybatisflex.annotation.Table;
import dev.relkit.model.order.Item;
import dev.relkit.model.order.OrderItem;

/** relkit's {@link OrderItem} as a MyBatis-Flex entity, its item a Flex many-to-one relation. */
@Table("order_item")
public class FlexOrderItem extends OrderItem {

    @RelationManyToOne(selfField = "itemId", targetField = "id")
    private Item lineItem;

    public Item getLineItem() {
        return lineItem;
    }

    public void setLineItem(Item lineItem) {
        this.lineItem = lineItem;
    }

    @Override
    public Item getItem() {
        return lineItem;
    }
}
