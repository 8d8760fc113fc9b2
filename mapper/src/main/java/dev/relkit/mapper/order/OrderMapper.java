package dev.relkit.mapper.order;

import dev.relkit.mapper.order.ItemDynamicSqlSupport.ItemTable;
import dev.relkit.mapper.order.OrderItemDynamicSqlSupport.OrderItemTable;
import dev.relkit.model.order.Order;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipOrder;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.math.BigDecimal;
import java.util.List;

import static dev.relkit.mapper.order.ItemDynamicSqlSupport.item;
import static dev.relkit.mapper.order.OrderItemDynamicSqlSupport.orderItem;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static dev.relkit.mapper.order.PurchaseOrderDynamicSqlSupport.purchaseOrder;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Orders with their order items and each line's item (association objects), from one joined
 * statement mapped by the XML resultMap {@code orderWithItemsResult}; as XML statements
 * ({@code OrderMapper.xml}) and as mybatis-dynamic-sql default methods whose joins come from
 * {@link OrderRelationships}.
 */
public interface OrderMapper {

    String NAMESPACE = "dev.relkit.mapper.order.OrderMapper";

    /** The order's lines ({@code Order.orderItems}) in joined queries. */
    OrderItemTable orderItems = orderItem.withAlias(ORDER_ITEMS.roleAlias());
    /** Each line's item ({@code OrderItem.item}). */
    ItemTable lineItem = item.withAlias(ORDER_ITEM_ITEM.roleAlias());

    /** Order columns, then line columns under {@code oi_} and item columns under {@code oi_i_}. */
    BasicColumn[] orderWithItemsSelectList = {
            purchaseOrder.id, purchaseOrder.customerName, purchaseOrder.placedAt,
            orderItems.id.as("oi_id"), orderItems.orderId.as("oi_order_id"), orderItems.itemId.as("oi_item_id"),
            orderItems.quantity.as("oi_quantity"), orderItems.pricePaid.as("oi_price_paid"),
            lineItem.id.as("oi_i_id"), lineItem.description.as("oi_i_description"), lineItem.price.as("oi_i_price")};

    // ---- XML statements (OrderMapper.xml) ----

    /** Every order, own columns only (no lines), by id; one statement. */
    List<Order> selectAll();

    /** Every order with its lines and their items; one statement. */
    List<Order> selectAllWithItems();

    /** One order with its lines and their items, or null; one statement. */
    Order selectWithItemsById(int id);

    /** The order's total as the database sums it: {@code sum(quantity * price_paid)}, 0 without lines. */
    BigDecimal selectTotal(int orderId);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("orderWithItemsResult")
    List<Order> selectManyWithItems(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("orderWithItemsResult")
    Order selectOneWithItems(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithItems} built from the relationship declarations. */
    default List<Order> selectAllWithItemsDynamic() {
        return selectManyWithItems(selectAllWithItemsStatement());
    }

    /** {@link #selectWithItemsById} built from the relationship declarations. */
    default Order selectWithItemsByIdDynamic(int id) {
        return selectOneWithItems(selectWithItemsByIdStatement(id));
    }

    /** The rendered statement of {@link #selectAllWithItemsDynamic}. */
    static SelectStatementProvider selectAllWithItemsStatement() {
        return joinItems()
                .orderBy(RelationshipOrder.after(purchaseOrder.id, ORDER_ITEMS))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectWithItemsByIdDynamic}. */
    static SelectStatementProvider selectWithItemsByIdStatement(int id) {
        return joinItems()
                .where(purchaseOrder.id, isEqualTo(id))
                .orderBy(RelationshipOrder.after(purchaseOrder.id, ORDER_ITEMS))
                .build()
                .render(MYBATIS3);
    }

    /** {@code purchase_order} outer-joined to its lines and their items. */
    private static QueryExpressionDSL<SelectModel>.JoinSpecificationFinisher joinItems() {
        var withLines = RelationshipJoins.on(
                select(orderWithItemsSelectList).from(purchaseOrder).leftJoin(orderItems), ORDER_ITEMS, purchaseOrder, orderItems);
        return RelationshipJoins.on(withLines.leftJoin(lineItem), ORDER_ITEM_ITEM, orderItems, lineItem);
    }
}
