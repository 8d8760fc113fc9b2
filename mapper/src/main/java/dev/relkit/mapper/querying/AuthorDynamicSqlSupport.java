package dev.relkit.mapper.querying;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code author} (querying guide copy: the user/library domains own the canonical one; merge onto it once both exist). */
public final class AuthorDynamicSqlSupport {

    public static final AuthorTable author = new AuthorTable();
    public static final SqlColumn<Integer> id = author.id;
    public static final SqlColumn<String> name = author.name;

    private AuthorDynamicSqlSupport() {
    }

    public static final class AuthorTable extends AliasableSqlTable<AuthorTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public AuthorTable() {
            super("author", AuthorTable::new);
        }
    }
}
