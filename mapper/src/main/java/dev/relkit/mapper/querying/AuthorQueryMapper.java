package dev.relkit.mapper.querying;

import dev.relkit.mapper.library.AuthorMapper;
import dev.relkit.mapper.library.BookAuthorDynamicSqlSupport;
import dev.relkit.model.library.Author;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.DerivedColumn;
import org.mybatis.dynamic.sql.SqlBuilder;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.util.List;

import static dev.relkit.mapper.library.AuthorDynamicSqlSupport.author;
import static dev.relkit.mapper.library.BookAuthorDynamicSqlSupport.bookAuthor;
import static dev.relkit.mapper.library.BookDynamicSqlSupport.book;
import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR_BOOK_LINKS;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_BOOK;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThan;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.SqlBuilder.sortColumn;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * SQLAlchemy's querying guide on the library: an aggregate beside each entity (authors with their
 * book count) and a collection filtered by the query that loads it ({@code contains_eager}).
 *
 * <p>Joins follow {@code Author.bookLinks} (role alias {@code book_links}) and
 * {@code BookAuthorLink.book} (role alias {@code book}, the table's own name) from
 * {@link dev.relkit.mapper.library.LibraryRelationships}.
 *
 * <p><b>Filtered collections.</b> As with {@code contains_eager}, the collection holds what the
 * statement returned, so a filter on the joined books empties it of the other books. Which authors
 * come back depends on the join, exactly as in SQLAlchemy:
 * <ul>
 *   <li>inner join ({@link #selectAuthorsWithBooksLongerThan}): authors with no matching book are
 *       <em>absent</em>;</li>
 *   <li>outer join with the filter inside the joined group ({@link #selectAllAuthorsWithBooksLongerThan}):
 *       every author is <em>present</em>, those without a matching book with an empty collection.</li>
 * </ul>
 * Either way the loaded collections are partial views, not the relationship's full contents: do not
 * hand such objects to code that expects the whole collection.
 */
public interface AuthorQueryMapper extends CommonCountMapper {

    String NAMESPACE = "dev.relkit.mapper.querying.AuthorQueryMapper";

    /** {@code book_author} in the role of {@code Author.bookLinks}. */
    BookAuthorDynamicSqlSupport.BookAuthorTable bookLinks = bookAuthor.withAlias(AUTHOR_BOOK_LINKS.roleAlias());

    /** Author columns, each link under {@code bl_} and its book under {@code bl_b_} (prefixes stack). */
    BasicColumn[] withBookLinksSelectList = {
            author.id, author.name,
            bookLinks.bookId.as("bl_book_id"), bookLinks.authorId.as("bl_author_id"), bookLinks.role.as("bl_role"),
            book.id.as("bl_b_id"), book.title.as("bl_b_title"), book.pages.as("bl_b_pages"),
            book.publishedYear.as("bl_b_published_year")};

    // ---- XML statements (AuthorQueryMapper.xml) ----

    /** Every author with the number of books linked to it, by author id; an author without books counts 0. */
    List<AuthorBookCountRow> selectAuthorsWithBookCounts();

    /** Authors with only their books over {@code minPages} pages; authors with none are absent (inner join). */
    List<Author> selectAuthorsWithBooksLongerThan(int minPages);

    /** Every author with only their books over {@code minPages} pages; authors with none have an empty list. */
    List<Author> selectAllAuthorsWithBooksLongerThan(int minPages);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("authorBookCountRowResult")
    List<AuthorBookCountRow> selectManyBookCounts(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap(AuthorMapper.NAMESPACE + ".authorWithBooksResult")
    List<Author> selectManyWithBookLinks(SelectStatementProvider selectStatement);

    default List<AuthorBookCountRow> selectAuthorsWithBookCountsDynamic() {
        return selectManyBookCounts(selectAuthorsWithBookCountsStatement());
    }

    default List<Author> selectAuthorsWithBooksLongerThanDynamic(int minPages) {
        return selectManyWithBookLinks(selectAuthorsWithBooksLongerThanStatement(minPages));
    }

    /** {@link #selectAllAuthorsWithBooksLongerThan} in dynamic SQL: the filtered links outer-joined as a subquery. */
    default List<Author> selectAllAuthorsWithBooksLongerThanDynamic(int minPages) {
        return selectManyWithBookLinks(selectAllAuthorsWithBooksLongerThanStatement(minPages));
    }

    /**
     * The outer-join variant of the filtered collection. mybatis-dynamic-sql cannot render the XML's
     * nested join {@code LEFT JOIN (book_author JOIN book ...)}, so the links joined to their books and
     * filtered become a derived table under the role alias {@code book_links}, outer-joined by
     * {@code Author.bookLinks}'s declared condition. The author table is aliased with its own name
     * because mybatis-dynamic-sql 1.5.2 leaves columns unqualified when the only other table is derived.
     */
    static SelectStatementProvider selectAllAuthorsWithBooksLongerThanStatement(int minPages) {
        String links = AUTHOR_BOOK_LINKS.roleAlias();
        var filteredLinks = RelationshipJoins.on(
                        select(bookAuthor.bookId, bookAuthor.authorId, bookAuthor.role,
                                book.id.as("b_id"), book.title.as("b_title"), book.pages.as("b_pages"),
                                book.publishedYear.as("b_published_year"))
                                .from(bookAuthor).join(book),
                        LINK_BOOK, bookAuthor, book)
                .where(book.pages, isGreaterThan(minPages));
        var withLinks = select(author.id, author.name,
                bookAuthor.bookId.qualifiedWith(links).as("bl_book_id"),
                bookAuthor.authorId.qualifiedWith(links).as("bl_author_id"),
                bookAuthor.role.qualifiedWith(links).as("bl_role"),
                DerivedColumn.of("b_id", links).as("bl_b_id"),
                DerivedColumn.of("b_title", links).as("bl_b_title"),
                DerivedColumn.of("b_pages", links).as("bl_b_pages"),
                DerivedColumn.of("b_published_year", links).as("bl_b_published_year"))
                .from(author, author.tableNameAtRuntime())
                .leftJoin(filteredLinks, links);
        return RelationshipJoins.on(withLinks, AUTHOR_BOOK_LINKS, author, bookLinks)
                .orderBy(author.id, sortColumn("bl_b_id"))
                .build()
                .render(MYBATIS3);
    }

    /** {@code select(Author, func.count(Book.id)).outerjoin(...).group_by(Author.id)}. */
    static SelectStatementProvider selectAuthorsWithBookCountsStatement() {
        var withLinks = RelationshipJoins.on(
                select(author.id, author.name, SqlBuilder.count(book.id).as("book_count")).from(author).leftJoin(bookLinks),
                AUTHOR_BOOK_LINKS, author, bookLinks);
        return RelationshipJoins.on(withLinks.leftJoin(book), LINK_BOOK, bookLinks, book)
                .groupBy(author.id, author.name)
                .orderBy(author.id)
                .build()
                .render(MYBATIS3);
    }

    /** {@code join(Author.book_links).join(BookAuthorLink.book).where(Book.pages > n).options(contains_eager(...))}. */
    static SelectStatementProvider selectAuthorsWithBooksLongerThanStatement(int minPages) {
        var withLinks = RelationshipJoins.on(select(withBookLinksSelectList).from(author).join(bookLinks),
                AUTHOR_BOOK_LINKS, author, bookLinks);
        return RelationshipJoins.on(withLinks.join(book), LINK_BOOK, bookLinks, book)
                .where(book.pages, isGreaterThan(minPages))
                .orderBy(author.id, book.id.as("bl_b_id"))
                .build()
                .render(MYBATIS3);
    }
}
