package dev.relkit.mapper.library;

import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;
import dev.relkit.model.library.BookAuthorLink;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;

import static dev.relkit.mapper.library.AuthorDynamicSqlSupport.author;
import static dev.relkit.mapper.library.BookAuthorDynamicSqlSupport.bookAuthor;
import static dev.relkit.mapper.library.BookDynamicSqlSupport.book;

/**
 * The library domain: books and authors linked through the association object
 * {@link BookAuthorLink} (table {@code book_author}), which carries the author's role on the book.
 *
 * <pre>
 * book.id   ◄── book_author.book_id     Book.authorLinks ◄──► BookAuthorLink.book
 * author.id ◄── book_author.author_id   Author.bookLinks ◄──► BookAuthorLink.author
 * </pre>
 *
 * <p>The link is keyed by ({@code book_id}, {@code author_id}): a composite key, so its
 * {@code EntityType} declares two id attributes.
 */
public final class LibraryRelationships {

    public static final EntityType<Author> AUTHOR = EntityType.fromTable(Author.class, author)
            .generatedId(author.id)
            .resultMap(AuthorMapper.NAMESPACE + ".authorResult")
            .build();

    public static final EntityType<Book> BOOK = EntityType.fromTable(Book.class, book)
            .generatedId(book.id)
            .resultMap(BookMapper.NAMESPACE + ".bookResult")
            .build();

    public static final EntityType<BookAuthorLink> BOOK_AUTHOR_LINK = EntityType.fromTable(BookAuthorLink.class, bookAuthor)
            .id(bookAuthor.bookId)
            .id(bookAuthor.authorId)
            .resultMap(BookAuthorLinkMapper.NAMESPACE + ".bookAuthorLinkResult")
            .build();

    /** {@code Book.authorLinks}: the book's links, by author id; a link lives and dies with its book. */
    public static final RelationshipPair<Book, BookAuthorLink> BOOK_AUTHOR_LINKS_PAIR = Relationship.oneToMany("authorLinks", BOOK, BOOK_AUTHOR_LINK)
            .on(book.id, bookAuthor.bookId)
            .list(Book::getAuthorLinks)
            .orderBy(bookAuthor.authorId)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
            .withInverse("book", inverse -> inverse.reference(BookAuthorLink::getBook, BookAuthorLink::setBook))
            .build();
    public static final Relationship<Book, BookAuthorLink> BOOK_AUTHOR_LINKS = BOOK_AUTHOR_LINKS_PAIR.relationship();
    /** {@code BookAuthorLink.book}: the inverse of {@link #BOOK_AUTHOR_LINKS}. */
    public static final Relationship<BookAuthorLink, Book> LINK_BOOK = BOOK_AUTHOR_LINKS_PAIR.inverse();

    /**
     * {@code Author.bookLinks}: the author's links, by book id. A link is part of its author's key, so
     * it cannot outlive the author or be left without one: deleting the author deletes the links, and a
     * link taken out of the collection is deleted (delete-orphan), as on {@link #BOOK_AUTHOR_LINKS}.
     */
    public static final RelationshipPair<Author, BookAuthorLink> AUTHOR_BOOK_LINKS_PAIR = Relationship.oneToMany("bookLinks", AUTHOR, BOOK_AUTHOR_LINK)
            .on(author.id, bookAuthor.authorId)
            .list(Author::getBookLinks, Author::setBookLinks)
            .orderBy(bookAuthor.bookId)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
            .withInverse("author", inverse -> inverse.reference(BookAuthorLink::getAuthor, BookAuthorLink::setAuthor))
            .build();
    public static final Relationship<Author, BookAuthorLink> AUTHOR_BOOK_LINKS = AUTHOR_BOOK_LINKS_PAIR.relationship();
    /** {@code BookAuthorLink.author}: the inverse of {@link #AUTHOR_BOOK_LINKS}. */
    public static final Relationship<BookAuthorLink, Author> LINK_AUTHOR = AUTHOR_BOOK_LINKS_PAIR.inverse();

    /** Every relationship of the library domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(BOOK_AUTHOR_LINKS, AUTHOR_BOOK_LINKS, LINK_BOOK, LINK_AUTHOR);

    private LibraryRelationships() {
    }
}
