package dev.relkit.mapper.blog;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code blog_user}. Aliasable: a post query joins it twice (post author, comment author). */
public final class BlogUserDynamicSqlSupport {

    public static final BlogUserTable blogUser = new BlogUserTable();
    public static final SqlColumn<Integer> id = blogUser.id;
    public static final SqlColumn<String> username = blogUser.username;
    public static final SqlColumn<String> email = blogUser.email;

    private BlogUserDynamicSqlSupport() {
    }

    public static final class BlogUserTable extends AliasableSqlTable<BlogUserTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> username = column("username", JDBCType.VARCHAR);
        public final SqlColumn<String> email = column("email", JDBCType.VARCHAR);

        public BlogUserTable() {
            super("blog_user", BlogUserTable::new);
        }
    }
}
