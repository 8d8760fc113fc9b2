package dev.relkit.library;

import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;
import dev.relkit.model.library.BookAuthorLink;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code seed/author_book.sql}, as the graphs a joined book or author query builds. Public
 * so that ITs of other packages (the querying patterns) compare with the same rows.
 */
public final class LibrarySeed {

    private static final Object[][] BOOKS = {
            {1, "Pride and Prejudice", 432, 1813},
            {2, "Sense and Sensibility", 409, 1811},
            {3, "Emma", 474, 1815},
            {4, "The Annotated Pride and Prejudice", 740, 2012},
            {5, "Good Omens", 288, 1990},
            {6, "Beowulf", 128, null}};

    private static final String[] AUTHORS = {
            "Jane Austen", "David M. Shapard", "Terry Pratchett", "Neil Gaiman", "Charlotte Bronte"};

    /** book id, author id, role; in book_id, author_id order. */
    private static final Object[][] LINKS = {
            {1, 1, "author"}, {2, 1, "author"}, {3, 1, "author"}, {4, 1, "author"}, {4, 2, "editor"},
            {5, 3, "author"}, {5, 4, "author"}};

    private LibrarySeed() {
    }

    /** Every book by id, each with its links by author id, each link holding its author (no links of its own). */
    static List<Book> booksWithAuthors() {
        List<Book> books = new ArrayList<>();
        for (Object[] row : BOOKS) {
            Book book = book(row);
            for (Object[] link : LINKS) {
                if (link[0].equals(book.getId())) {
                    BookAuthorLink bookAuthorLink = link(link);
                    bookAuthorLink.setAuthor(author((Integer) link[1]));
                    book.getAuthorLinks().add(bookAuthorLink);
                }
            }
            books.add(book);
        }
        return books;
    }

    /** Every author by id, each with its links by book id, each link holding its book. */
    static List<Author> authorsWithBooks() {
        List<Author> authors = new ArrayList<>();
        for (int id = 1; id <= AUTHORS.length; id++) {
            Author author = author(id);
            for (Object[] link : LINKS) {
                if (link[1].equals(id)) {
                    BookAuthorLink bookAuthorLink = link(link);
                    bookAuthorLink.setBook(book((Integer) link[0]));
                    author.getBookLinks().add(bookAuthorLink);
                }
            }
            authors.add(author);
        }
        return authors;
    }

    /** The seeded book with this id, its own columns only. */
    public static Book book(int id) {
        if (id < 1 || id > BOOKS.length) {
            throw new IllegalArgumentException("no seeded book " + id);
        }
        return book(BOOKS[id - 1]);
    }

    /** The seeded author with this id, its own columns only. */
    public static Author author(int id) {
        if (id < 1 || id > AUTHORS.length) {
            throw new IllegalArgumentException("no seeded author " + id);
        }
        Author author = new Author(AUTHORS[id - 1]);
        author.setId(id);
        return author;
    }

    /** A book_author row with its book attached (the author side stays unset, as a resultMap from the author side leaves it). */
    public static BookAuthorLink linkWithBook(int bookId, int authorId, String role) {
        BookAuthorLink link = new BookAuthorLink(role);
        link.setBookId(bookId);
        link.setAuthorId(authorId);
        link.setBook(book(bookId));
        return link;
    }

    private static Book book(Object[] row) {
        Book book = new Book((String) row[1], (Integer) row[2], (Integer) row[3]);
        book.setId((Integer) row[0]);
        return book;
    }

    private static BookAuthorLink link(Object[] row) {
        BookAuthorLink link = new BookAuthorLink((String) row[2]);
        link.setBookId((Integer) row[0]);
        link.setAuthorId((Integer) row[1]);
        return link;
    }
}
