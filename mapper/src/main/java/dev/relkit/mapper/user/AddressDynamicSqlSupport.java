package dev.relkit.mapper.user;

import dev.relkit.relation.PrefixedColumns;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code address}. Aliasable: a user query joins it three times, as
 * {@code home_address}, {@code work_address} and {@code addresses}.
 */
public final class AddressDynamicSqlSupport {

    public static final AddressTable address = new AddressTable();
    public static final SqlColumn<Integer> id = address.id;
    public static final SqlColumn<Integer> userId = address.userId;
    public static final SqlColumn<String> emailAddress = address.emailAddress;
    public static final SqlColumn<String> street = address.street;
    public static final SqlColumn<String> city = address.city;
    public static final SqlColumn<String> postalCode = address.postalCode;

    private AddressDynamicSqlSupport() {
    }

    public static final class AddressTable extends AliasableSqlTable<AddressTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> userId = column("user_id", JDBCType.INTEGER);
        public final SqlColumn<String> emailAddress = column("email_address", JDBCType.VARCHAR);
        public final SqlColumn<String> street = column("street", JDBCType.VARCHAR);
        public final SqlColumn<String> city = column("city", JDBCType.VARCHAR);
        public final SqlColumn<String> postalCode = column("postal_code", JDBCType.VARCHAR);

        /** The columns of one address row on this (aliased) table, aliased {@code prefix + column name}; {@code ""} leaves them unaliased. */
        public BasicColumn[] columns(String prefix) {
            return PrefixedColumns.of(prefix, this);
        }

        public AddressTable() {
            super("address", AddressTable::new);
        }
    }
}
