package dev.relkit.mapper.order;

import dev.relkit.model.order.Item;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;

import static dev.relkit.mapper.order.ItemDynamicSqlSupport.item;
import static dev.relkit.mapper.order.OrderItemDynamicSqlSupport.orderItem;
import static dev.relkit.mapper.order.PurchaseOrderDynamicSqlSupport.purchaseOrder;

/**
 * The order domain's entities and relationships: SQLAlchemy's association-object pattern.
 *
 * <pre>
 * purchase_order.id ◄── order_item.order_id   Order.orderItems ◄──► OrderItem.order
 * order_item.item_id ──► item.id              OrderItem.item
 * </pre>
 *
 * <p>{@code order_item} has columns of its own (quantity, price paid), so it is an entity, not a
 * secondary table: an order reaches its items through its order items. {@code OrderItem.order}
 * has the role alias {@code purchase_order}, because its derived alias {@code order} is a reserved
 * word.
 */
public final class OrderRelationships {

    public static final EntityType<Order> ORDER = EntityType.fromTable(Order.class, purchaseOrder)
            .generatedId(purchaseOrder.id)
            .resultMap(OrderMapper.NAMESPACE + ".orderResult")
            .build();

    public static final EntityType<Item> ITEM = EntityType.fromTable(Item.class, item)
            .generatedId(item.id)
            .resultMap(ItemMapper.NAMESPACE + ".itemResult")
            .build();

    public static final EntityType<OrderItem> ORDER_ITEM = EntityType.fromTable(OrderItem.class, orderItem)
            .generatedId(orderItem.id)
            .resultMap(OrderItemMapper.NAMESPACE + ".orderItemResult")
            .build();

    /** {@code Order.orderItems}: the order's lines, in line-id order; they live and die with the order. */
    public static final RelationshipPair<Order, OrderItem> ORDER_ITEMS_PAIR = Relationship.oneToMany("orderItems", ORDER, ORDER_ITEM)
            .on(purchaseOrder.id, orderItem.orderId)
            .list(Order::getOrderItems, Order::setOrderItems)
            .orderBy(orderItem.id)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
            .withInverse("order", inverse -> inverse
                    .reference(OrderItem::getOrder, OrderItem::setOrder)
                    .roleAlias("purchase_order"))
            .build();
    public static final Relationship<Order, OrderItem> ORDER_ITEMS = ORDER_ITEMS_PAIR.relationship();
    /** {@code OrderItem.order}: the inverse of {@link #ORDER_ITEMS}. */
    public static final Relationship<OrderItem, Order> ORDER_ITEM_ORDER = ORDER_ITEMS_PAIR.inverse();

    /** {@code OrderItem.item}: the item a line sells; items have no collection of their lines. */
    public static final Relationship<OrderItem, Item> ORDER_ITEM_ITEM = Relationship.manyToOne("item", ORDER_ITEM, ITEM)
            .on(orderItem.itemId, item.id)
            .reference(OrderItem::getItem, OrderItem::setItem)
            .build();

    /** Every relationship of the order domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(ORDER_ITEMS, ORDER_ITEM_ORDER, ORDER_ITEM_ITEM);

    private OrderRelationships() {
    }
}
