package dev.relkit.mapper.sakila;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code sakila.address}. The table name is schema-qualified, see {@link SakilaSchema}.
 */
public final class AddressDynamicSqlSupport {

    public static final AddressTable address = new AddressTable();
    public static final SqlColumn<Integer> addressId = address.addressId;
    // the column address has the table's name: reach it as address.address
    public static final SqlColumn<String> address2 = address.address2;
    public static final SqlColumn<String> district = address.district;
    public static final SqlColumn<Integer> cityId = address.cityId;
    public static final SqlColumn<String> postalCode = address.postalCode;
    public static final SqlColumn<String> phone = address.phone;

    private AddressDynamicSqlSupport() {
    }

    public static final class AddressTable extends AliasableSqlTable<AddressTable> {
        public final SqlColumn<Integer> addressId = column("address_id", JDBCType.INTEGER);
        public final SqlColumn<String> address = column("address", JDBCType.VARCHAR);
        public final SqlColumn<String> address2 = column("address2", JDBCType.VARCHAR);
        public final SqlColumn<String> district = column("district", JDBCType.VARCHAR);
        public final SqlColumn<Integer> cityId = column("city_id", JDBCType.INTEGER);
        public final SqlColumn<String> postalCode = column("postal_code", JDBCType.VARCHAR);
        public final SqlColumn<String> phone = column("phone", JDBCType.VARCHAR);

        public AddressTable() {
            super(SakilaSchema.qualified("address"), AddressTable::new);
        }
    }
}
