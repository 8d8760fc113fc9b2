package dev.relkit.mapper.user;

import dev.relkit.relation.PrefixedColumns;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code user_account}. Aliasable: profiles and addresses join it under a role alias. */
public final class UserAccountDynamicSqlSupport {

    public static final UserAccountTable userAccount = new UserAccountTable();
    public static final SqlColumn<Integer> id = userAccount.id;
    public static final SqlColumn<String> name = userAccount.name;
    public static final SqlColumn<String> fullname = userAccount.fullname;
    public static final SqlColumn<Integer> homeAddressId = userAccount.homeAddressId;
    public static final SqlColumn<Integer> workAddressId = userAccount.workAddressId;

    private UserAccountDynamicSqlSupport() {
    }

    public static final class UserAccountTable extends AliasableSqlTable<UserAccountTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
        public final SqlColumn<String> fullname = column("fullname", JDBCType.VARCHAR);
        public final SqlColumn<Integer> homeAddressId = column("home_address_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> workAddressId = column("work_address_id", JDBCType.INTEGER);

        /** The columns of one user_account row on this (aliased) table, aliased {@code prefix + column name}; {@code ""} leaves them unaliased. */
        public BasicColumn[] columns(String prefix) {
            return PrefixedColumns.of(prefix, this);
        }

        public UserAccountTable() {
            super("user_account", UserAccountTable::new);
        }
    }
}
