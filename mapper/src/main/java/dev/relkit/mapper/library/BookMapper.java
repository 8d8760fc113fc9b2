package dev.relkit.mapper.library;

import dev.relkit.mapper.library.AuthorDynamicSqlSupport.AuthorTable;
import dev.relkit.mapper.library.BookAuthorDynamicSqlSupport.BookAuthorTable;
import dev.relkit.model.library.Book;
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
import static dev.relkit.mapper.library.LibraryRelationships.BOOK_AUTHOR_LINKS;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_AUTHOR;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Books with their author links (each with its role) and each link's author, from one joined
 * statement mapped by the XML resultMap {@code bookWithAuthorsResult}.
 */
public interface BookMapper {

    String NAMESPACE = "dev.relkit.mapper.library.BookMapper";

    /** The book's links ({@code Book.authorLinks}) in joined queries. */
    BookAuthorTable authorLinks = bookAuthor.withAlias(BOOK_AUTHOR_LINKS.roleAlias());
    /** Each link's author ({@code BookAuthorLink.author}). */
    AuthorTable linkAuthor = author.withAlias(LINK_AUTHOR.roleAlias());

    /** Book columns, then link columns under {@code al_} and author columns under {@code al_a_}. */
    BasicColumn[] bookWithAuthorsSelectList = {
            book.id, book.title, book.pages, book.publishedYear,
            authorLinks.bookId.as("al_book_id"), authorLinks.authorId.as("al_author_id"), authorLinks.role.as("al_role"),
            linkAuthor.id.as("al_a_id"), linkAuthor.name.as("al_a_name")};

    /** Every book with its author links and authors (XML); one statement. */
    List<Book> selectAllWithAuthors();

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("bookWithAuthorsResult")
    List<Book> selectManyWithAuthors(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithAuthors} built from the relationship declarations. */
    default List<Book> selectAllWithAuthorsDynamic() {
        return selectManyWithAuthors(selectAllWithAuthorsStatement());
    }

    /** The rendered statement of {@link #selectAllWithAuthorsDynamic}. */
    static SelectStatementProvider selectAllWithAuthorsStatement() {
        var withLinks = RelationshipJoins.on(
                select(bookWithAuthorsSelectList).from(book).leftJoin(authorLinks), BOOK_AUTHOR_LINKS, book, authorLinks);
        return RelationshipJoins.on(withLinks.leftJoin(linkAuthor), LINK_AUTHOR, authorLinks, linkAuthor)
                .orderBy(RelationshipOrder.after(book.id, BOOK_AUTHOR_LINKS))
                .build()
                .render(MYBATIS3);
    }
}
