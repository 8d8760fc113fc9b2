package dev.relkit.mapper.querying;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code book} (querying guide copy: the user/library domains own the canonical one; merge onto it once both exist). */
public final class BookDynamicSqlSupport {

    public static final BookTable book = new BookTable();
    public static final SqlColumn<Integer> id = book.id;
    public static final SqlColumn<String> title = book.title;
    public static final SqlColumn<Integer> pages = book.pages;
    public static final SqlColumn<Integer> publishedYear = book.publishedYear;

    private BookDynamicSqlSupport() {
    }

    public static final class BookTable extends AliasableSqlTable<BookTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> title = column("title", JDBCType.VARCHAR);
        public final SqlColumn<Integer> pages = column("pages", JDBCType.INTEGER);
        public final SqlColumn<Integer> publishedYear = column("published_year", JDBCType.INTEGER);

        public BookTable() {
            super("book", BookTable::new);
        }
    }
}
