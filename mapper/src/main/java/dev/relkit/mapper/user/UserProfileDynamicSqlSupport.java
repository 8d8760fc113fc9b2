package dev.relkit.mapper.user;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code user_profile}. Aliasable: user queries join it as {@code profile}. */
public final class UserProfileDynamicSqlSupport {

    public static final UserProfileTable userProfile = new UserProfileTable();
    public static final SqlColumn<Integer> id = userProfile.id;
    public static final SqlColumn<Integer> userId = userProfile.userId;
    public static final SqlColumn<String> bio = userProfile.bio;
    public static final SqlColumn<String> website = userProfile.website;

    private UserProfileDynamicSqlSupport() {
    }

    public static final class UserProfileTable extends AliasableSqlTable<UserProfileTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> userId = column("user_id", JDBCType.INTEGER);
        public final SqlColumn<String> bio = column("bio", JDBCType.VARCHAR);
        public final SqlColumn<String> website = column("website", JDBCType.VARCHAR);

        public UserProfileTable() {
            super("user_profile", UserProfileTable::new);
        }
    }
}
