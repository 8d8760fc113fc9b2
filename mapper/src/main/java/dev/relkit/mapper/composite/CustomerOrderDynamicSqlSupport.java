package dev.relkit.mapper.composite;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;
import java.time.LocalDateTime;

/** Table and columns of {@code customer_order}, keyed by ({@code id}, {@code customer_id}). */
public final class CustomerOrderDynamicSqlSupport {

    public static final CustomerOrderTable customerOrder = new CustomerOrderTable();
    public static final SqlColumn<Integer> id = customerOrder.id;
    public static final SqlColumn<Integer> customerId = customerOrder.customerId;
    public static final SqlColumn<LocalDateTime> placedAt = customerOrder.placedAt;

    private CustomerOrderDynamicSqlSupport() {
    }

    public static final class CustomerOrderTable extends AliasableSqlTable<CustomerOrderTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> customerId = column("customer_id", JDBCType.INTEGER);
        public final SqlColumn<LocalDateTime> placedAt = column("placed_at", JDBCType.TIMESTAMP);

        public CustomerOrderTable() {
            super("customer_order", CustomerOrderTable::new);
        }
    }
}
