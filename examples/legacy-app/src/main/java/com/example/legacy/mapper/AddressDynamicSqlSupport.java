package com.example.legacy.mapper;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code hr_address}. Aliasable: an employee refers to it twice, joined under the role
 * aliases {@code home_address} and {@code work_address}.
 */
public final class AddressDynamicSqlSupport {

    public static final AddressTable address = new AddressTable();
    public static final SqlColumn<Integer> addrId = address.addrId;
    public static final SqlColumn<String> street = address.street;
    public static final SqlColumn<String> city = address.city;
    public static final SqlColumn<String> zipCd = address.zipCd;
    public static final SqlColumn<String> countryCd = address.countryCd;

    private AddressDynamicSqlSupport() {
    }

    public static final class AddressTable extends AliasableSqlTable<AddressTable> {
        public final SqlColumn<Integer> addrId = column("addr_id", JDBCType.INTEGER);
        public final SqlColumn<String> street = column("street", JDBCType.VARCHAR);
        public final SqlColumn<String> city = column("city", JDBCType.VARCHAR);
        public final SqlColumn<String> zipCd = column("zip_cd", JDBCType.VARCHAR);
        public final SqlColumn<String> countryCd = column("country_cd", JDBCType.CHAR);

        public AddressTable() {
            super("hr_address", AddressTable::new);
        }
    }
}
