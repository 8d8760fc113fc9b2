package dev.relkit.spring.library;

import java.sql.JDBCType;

import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

/** Tables and columns of {@code spring_author} and {@code spring_book}. */
public final class LibraryTables {

    public static final AuthorTable author = new AuthorTable();
    public static final BookTable book = new BookTable();

    private LibraryTables() {
    }

    public static final class AuthorTable extends SqlTable {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public AuthorTable() {
            super("spring_author");
        }
    }

    public static final class BookTable extends SqlTable {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> title = column("title", JDBCType.VARCHAR);
        public final SqlColumn<Integer> authorId = column("author_id", JDBCType.INTEGER);

        public BookTable() {
            super("spring_book");
        }
    }
}
