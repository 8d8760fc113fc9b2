package dev.relkit.mapper.querying;

import dev.relkit.model.library.Author;

/**
 * An author with an aggregate computed by the query, SQLAlchemy's
 * {@code select(Author, func.count(Book.id))}: the entity and a number beside it.
 */
public final class AuthorBookCountRow {

    private Author author;
    private long bookCount;

    public AuthorBookCountRow() {
    }

    public AuthorBookCountRow(Author author, long bookCount) {
        this.author = author;
        this.bookCount = bookCount;
    }

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }

    public long getBookCount() {
        return bookCount;
    }

    public void setBookCount(long bookCount) {
        this.bookCount = bookCount;
    }

    @Override
    public String toString() {
        return "AuthorBookCountRow{author=" + author + ", bookCount=" + bookCount + "}";
    }
}
