package dev.relkit.mapper.querying;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code book_author}, the association object between books and authors (querying guide copy: the user/library domains own the canonical one; merge onto it once both exist). */
public final class BookAuthorDynamicSqlSupport {

    public static final BookAuthorTable bookAuthor = new BookAuthorTable();
    public static final SqlColumn<Integer> bookId = bookAuthor.bookId;
    public static final SqlColumn<Integer> authorId = bookAuthor.authorId;
    public static final SqlColumn<String> role = bookAuthor.role;

    private BookAuthorDynamicSqlSupport() {
    }

    public static final class BookAuthorTable extends AliasableSqlTable<BookAuthorTable> {
        public final SqlColumn<Integer> bookId = column("book_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> authorId = column("author_id", JDBCType.INTEGER);
        public final SqlColumn<String> role = column("role", JDBCType.VARCHAR);

        public BookAuthorTable() {
            super("book_author", BookAuthorTable::new);
        }
    }
}
