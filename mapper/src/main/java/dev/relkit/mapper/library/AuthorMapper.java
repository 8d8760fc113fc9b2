package dev.relkit.mapper.library;

import dev.relkit.mapper.library.BookAuthorDynamicSqlSupport.BookAuthorTable;
import dev.relkit.mapper.library.BookDynamicSqlSupport.BookTable;
import dev.relkit.model.library.Author;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipOrder;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.library.AuthorDynamicSqlSupport.author;
import static dev.relkit.mapper.library.BookAuthorDynamicSqlSupport.bookAuthor;
import static dev.relkit.mapper.library.BookDynamicSqlSupport.book;
import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR_BOOK_LINKS;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_BOOK;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Authors with their book links (each with its role) and each link's book, from one joined
 * statement mapped by the XML resultMap {@code authorWithBooksResult}: the other direction of
 * {@link BookMapper}.
 */
public interface AuthorMapper {

    String NAMESPACE = "dev.relkit.mapper.library.AuthorMapper";

    /** The author's links ({@code Author.bookLinks}) in joined queries. */
    BookAuthorTable bookLinks = bookAuthor.withAlias(AUTHOR_BOOK_LINKS.roleAlias());
    /** Each link's book ({@code BookAuthorLink.book}). */
    BookTable linkBook = book.withAlias(LINK_BOOK.roleAlias());

    /** Author columns, then link columns under {@code bl_} and book columns under {@code bl_b_}. */
    BasicColumn[] authorWithBooksSelectList = {
            author.id, author.name,
            bookLinks.bookId.as("bl_book_id"), bookLinks.authorId.as("bl_author_id"), bookLinks.role.as("bl_role"),
            linkBook.id.as("bl_b_id"), linkBook.title.as("bl_b_title"), linkBook.pages.as("bl_b_pages"),
            linkBook.publishedYear.as("bl_b_published_year")};

    /** Every author, own columns only (no book links), by id; one statement. */
    List<Author> selectAll();

    /** Every author with its book links and books (XML); one statement. */
    List<Author> selectAllWithBooks();

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("authorWithBooksResult")
    List<Author> selectManyWithBooks(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithBooks} built from the relationship declarations. */
    default List<Author> selectAllWithBooksDynamic() {
        return selectManyWithBooks(selectAllWithBooksStatement());
    }

    /** The rendered statement of {@link #selectAllWithBooksDynamic}. */
    static SelectStatementProvider selectAllWithBooksStatement() {
        var withLinks = RelationshipJoins.on(
                select(authorWithBooksSelectList).from(author).leftJoin(bookLinks), AUTHOR_BOOK_LINKS, author, bookLinks);
        return RelationshipJoins.on(withLinks.leftJoin(linkBook), LINK_BOOK, bookLinks, linkBook)
                .orderBy(RelationshipOrder.after(author.id, AUTHOR_BOOK_LINKS))
                .build()
                .render(MYBATIS3);
    }
}
