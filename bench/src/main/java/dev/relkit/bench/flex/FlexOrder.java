package dev.relkit.bench.flex;

import com.mybatisflex.annotation.RelationOneToMany;
import com.mybatisflex.annotation.Table;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import java.util.ArrayList;
import java.util.List;

/**
 * relkit's {@link Order} as a MyBatis-Flex entity: Flex declares relations by annotating fields, so the
 * lines live in a field of this subclass, and {@link #getOrderItems()} hands them out as the model's.
 */
@Table("purchase_order")
public class FlexOrder extends Order {

    @RelationOneToMany(selfField = "id", targetField = "orderId", orderBy = "id")
    private List<FlexOrderItem> lines = new ArrayList<>();

    public List<FlexOrderItem> getLines() {
        return lines;
    }

    public void setLines(List<FlexOrderItem> lines) {
        this.lines = lines;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<OrderItem> getOrderItems() {
        return (List) lines;
    }
}
