package dev.relkit.mapper.order;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.sql.JDBCType;

/** Table and columns of {@code order_item}: the association object between orders and items. */
public final class OrderItemDynamicSqlSupport {

    public static final OrderItemTable orderItem = new OrderItemTable();
    public static final SqlColumn<Integer> id = orderItem.id;
    public static final SqlColumn<Integer> orderId = orderItem.orderId;
    public static final SqlColumn<Integer> itemId = orderItem.itemId;
    public static final SqlColumn<Integer> quantity = orderItem.quantity;
    public static final SqlColumn<BigDecimal> pricePaid = orderItem.pricePaid;

    private OrderItemDynamicSqlSupport() {
    }

    public static final class OrderItemTable extends AliasableSqlTable<OrderItemTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> orderId = column("order_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> itemId = column("item_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> quantity = column("quantity", JDBCType.INTEGER);
        public final SqlColumn<BigDecimal> pricePaid = column("price_paid", JDBCType.DECIMAL);

        public OrderItemTable() {
            super("order_item", OrderItemTable::new);
        }
    }
}
