package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.staff}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class StaffDynamicSqlSupport {

    public static final StaffTable staff = new StaffTable();
    public static final SqlColumn<Integer> staffId = staff.staffId;
    public static final SqlColumn<String> firstName = staff.firstName;
    public static final SqlColumn<String> lastName = staff.lastName;
    public static final SqlColumn<Integer> addressId = staff.addressId;
    public static final SqlColumn<String> email = staff.email;
    public static final SqlColumn<Integer> storeId = staff.storeId;
    public static final SqlColumn<Boolean> active = staff.active;
    public static final SqlColumn<String> username = staff.username;

    private StaffDynamicSqlSupport() {
    }

    public static final class StaffTable extends AliasableSqlTable<StaffTable> {
        public final SqlColumn<Integer> staffId = column("staff_id", JDBCType.INTEGER);
        public final SqlColumn<String> firstName = column("first_name", JDBCType.VARCHAR);
        public final SqlColumn<String> lastName = column("last_name", JDBCType.VARCHAR);
        public final SqlColumn<Integer> addressId = column("address_id", JDBCType.INTEGER);
        public final SqlColumn<String> email = column("email", JDBCType.VARCHAR);
        public final SqlColumn<Integer> storeId = column("store_id", JDBCType.INTEGER);
        public final SqlColumn<Boolean> active = column("active", JDBCType.BOOLEAN);
        public final SqlColumn<String> username = column("username", JDBCType.VARCHAR);

        public StaffTable() {
            super(SakilaSchema.qualified("staff"), StaffTable::new);
        }
    }
}
