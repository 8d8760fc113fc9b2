package dev.relkit.mapper.querying;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code address}; aliasable, the querying patterns join it several times (querying guide copy: the user/library domains own the canonical one; merge onto it once both exist). */
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

        public AddressTable() {
            super("address", AddressTable::new);
        }
    }
}
