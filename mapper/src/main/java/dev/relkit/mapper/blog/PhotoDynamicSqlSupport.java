package dev.relkit.mapper.blog;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code photo}. */
public final class PhotoDynamicSqlSupport {

    public static final PhotoTable photo = new PhotoTable();
    public static final SqlColumn<Integer> id = photo.id;
    public static final SqlColumn<Integer> authorId = photo.authorId;
    public static final SqlColumn<String> title = photo.title;
    public static final SqlColumn<String> url = photo.url;

    private PhotoDynamicSqlSupport() {
    }

    public static final class PhotoTable extends AliasableSqlTable<PhotoTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> authorId = column("author_id", JDBCType.INTEGER);
        public final SqlColumn<String> title = column("title", JDBCType.VARCHAR);
        public final SqlColumn<String> url = column("url", JDBCType.VARCHAR);

        public PhotoTable() {
            super("photo", PhotoTable::new);
        }
    }
}
