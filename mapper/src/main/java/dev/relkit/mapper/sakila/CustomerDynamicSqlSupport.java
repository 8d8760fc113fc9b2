package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;
import java.time.LocalDateTime;

/**
 * Table and columns of {@code sakila.customer}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class CustomerDynamicSqlSupport {

    public static final CustomerTable customer = new CustomerTable();
    public static final SqlColumn<Integer> customerId = customer.customerId;
    public static final SqlColumn<Integer> storeId = customer.storeId;
    public static final SqlColumn<String> firstName = customer.firstName;
    public static final SqlColumn<String> lastName = customer.lastName;
    public static final SqlColumn<String> email = customer.email;
    public static final SqlColumn<Integer> addressId = customer.addressId;
    public static final SqlColumn<Boolean> active = customer.active;
    public static final SqlColumn<LocalDateTime> createDate = customer.createDate;

    private CustomerDynamicSqlSupport() {
    }

    public static final class CustomerTable extends AliasableSqlTable<CustomerTable> {
        public final SqlColumn<Integer> customerId = column("customer_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> storeId = column("store_id", JDBCType.INTEGER);
        public final SqlColumn<String> firstName = column("first_name", JDBCType.VARCHAR);
        public final SqlColumn<String> lastName = column("last_name", JDBCType.VARCHAR);
        public final SqlColumn<String> email = column("email", JDBCType.VARCHAR);
        public final SqlColumn<Integer> addressId = column("address_id", JDBCType.INTEGER);
        public final SqlColumn<Boolean> active = column("active", JDBCType.BOOLEAN);
        public final SqlColumn<LocalDateTime> createDate = column("create_date", JDBCType.TIMESTAMP);

        public CustomerTable() {
            super(SakilaSchema.qualified("customer"), CustomerTable::new);
        }
    }
}
