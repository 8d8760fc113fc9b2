package dev.relkit.mapper.composite;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code customer}. */
public final class CustomerDynamicSqlSupport {

    public static final CustomerTable customer = new CustomerTable();
    public static final SqlColumn<Integer> id = customer.id;
    public static final SqlColumn<String> name = customer.name;

    private CustomerDynamicSqlSupport() {
    }

    public static final class CustomerTable extends AliasableSqlTable<CustomerTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public CustomerTable() {
            super("customer", CustomerTable::new);
        }
    }
}
