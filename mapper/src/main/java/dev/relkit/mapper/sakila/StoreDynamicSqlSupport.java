package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.store}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class StoreDynamicSqlSupport {

    public static final StoreTable store = new StoreTable();
    public static final SqlColumn<Integer> storeId = store.storeId;
    public static final SqlColumn<Integer> managerStaffId = store.managerStaffId;
    public static final SqlColumn<Integer> addressId = store.addressId;

    private StoreDynamicSqlSupport() {
    }

    public static final class StoreTable extends AliasableSqlTable<StoreTable> {
        public final SqlColumn<Integer> storeId = column("store_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> managerStaffId = column("manager_staff_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> addressId = column("address_id", JDBCType.INTEGER);

        public StoreTable() {
            super(SakilaSchema.qualified("store"), StoreTable::new);
        }
    }
}
