package dev.relkit.mapper.composite;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code customer_order_line}; ({@code order_id}, {@code customer_id}) is its foreign key to an order. */
public final class CustomerOrderLineDynamicSqlSupport {

    public static final CustomerOrderLineTable customerOrderLine = new CustomerOrderLineTable();
    public static final SqlColumn<Integer> id = customerOrderLine.id;
    public static final SqlColumn<Integer> orderId = customerOrderLine.orderId;
    public static final SqlColumn<Integer> customerId = customerOrderLine.customerId;
    public static final SqlColumn<String> product = customerOrderLine.product;
    public static final SqlColumn<Integer> quantity = customerOrderLine.quantity;

    private CustomerOrderLineDynamicSqlSupport() {
    }

    public static final class CustomerOrderLineTable extends AliasableSqlTable<CustomerOrderLineTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> orderId = column("order_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> customerId = column("customer_id", JDBCType.INTEGER);
        public final SqlColumn<String> product = column("product", JDBCType.VARCHAR);
        public final SqlColumn<Integer> quantity = column("quantity", JDBCType.INTEGER);

        public CustomerOrderLineTable() {
            super("customer_order_line", CustomerOrderLineTable::new);
        }
    }
}
