package dev.relkit.spring.scanned;

import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;
import dev.relkit.spring.library.Author;
import dev.relkit.spring.library.Book;

import static dev.relkit.spring.library.LibraryRelationships.AUTHOR;
import static dev.relkit.spring.library.LibraryRelationships.BOOK;
import static dev.relkit.spring.library.LibraryTables.author;
import static dev.relkit.spring.library.LibraryTables.book;

/** Declarations held only as a {@link RelationshipPair} constant, for {@code RelationshipDeclarationsTest}. */
public final class PairDeclarations {

    public static final RelationshipPair<Book, Author> BOOK_AUTHOR = Relationship
            .manyToOne("author", BOOK, AUTHOR)
            .on(book.authorId, author.id)
            .reference(Book::getAuthor, Book::setAuthor)
            .withInverse("books", inverse -> inverse.list(Author::getBooks, Author::setBooks))
            .build();

    private PairDeclarations() {
    }
}
