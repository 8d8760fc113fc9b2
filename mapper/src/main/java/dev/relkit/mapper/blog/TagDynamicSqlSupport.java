package dev.relkit.mapper.blog;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code tag}. */
public final class TagDynamicSqlSupport {

    public static final TagTable tag = new TagTable();
    public static final SqlColumn<Integer> id = tag.id;
    public static final SqlColumn<String> name = tag.name;
    public static final SqlColumn<String> slug = tag.slug;

    private TagDynamicSqlSupport() {
    }

    public static final class TagTable extends AliasableSqlTable<TagTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
        public final SqlColumn<String> slug = column("slug", JDBCType.VARCHAR);

        public TagTable() {
            super("tag", TagTable::new);
        }
    }
}
