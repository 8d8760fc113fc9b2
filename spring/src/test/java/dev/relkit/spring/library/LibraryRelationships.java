package dev.relkit.spring.library;

import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;

import static dev.relkit.spring.library.LibraryTables.author;
import static dev.relkit.spring.library.LibraryTables.book;

/**
 * The test library's declarations, found by package scanning: an author's books (lazy by default,
 * cascading saves, deletes and orphans) and each book's author.
 */
public final class LibraryRelationships {

    public static final EntityType<Author> AUTHOR = EntityType.builder(Author.class, author)
            .generatedId("id", author.id, Author::getId, Author::setId)
            .column("name", author.name, Author::getName, Author::setName)
            .resultMap(AuthorMapper.NAMESPACE + ".authorResult")
            .build();

    public static final EntityType<Book> BOOK = EntityType.builder(Book.class, book)
            .generatedId("id", book.id, Book::getId, Book::setId)
            .column("title", book.title, Book::getTitle, Book::setTitle)
            .column("authorId", book.authorId, Book::getAuthorId, Book::setAuthorId)
            .resultMap(AuthorMapper.NAMESPACE + ".bookResult")
            .build();

    public static final Relationship<Book, Author> BOOK_AUTHOR = Relationship.manyToOne("author", BOOK, AUTHOR)
            .on(book.authorId, author.id)
            .reference(Book::getAuthor, Book::setAuthor)
            .backPopulates("books")
            .build();

    public static final Relationship<Author, Book> AUTHOR_BOOKS = Relationship.oneToMany("books", AUTHOR, BOOK)
            .on(author.id, book.authorId)
            .list(Author::getBooks, Author::setBooks)
            .orderBy(book.id)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
            .backPopulates("author")
            .build();

    private LibraryRelationships() {
    }
}
