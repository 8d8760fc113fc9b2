package dev.relkit.mapper.order;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;
import java.time.LocalDateTime;

/** Table and columns of {@code purchase_order} (the {@code Order} entity). */
public final class PurchaseOrderDynamicSqlSupport {

    public static final PurchaseOrderTable purchaseOrder = new PurchaseOrderTable();
    public static final SqlColumn<Integer> id = purchaseOrder.id;
    public static final SqlColumn<String> customerName = purchaseOrder.customerName;
    public static final SqlColumn<LocalDateTime> placedAt = purchaseOrder.placedAt;

    private PurchaseOrderDynamicSqlSupport() {
    }

    public static final class PurchaseOrderTable extends AliasableSqlTable<PurchaseOrderTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> customerName = column("customer_name", JDBCType.VARCHAR);
        public final SqlColumn<LocalDateTime> placedAt = column("placed_at", JDBCType.TIMESTAMP);

        public PurchaseOrderTable() {
            super("purchase_order", PurchaseOrderTable::new);
        }
    }
}
