package dev.relkit.model.library;

/**
 * A row of {@code book_author}, keyed by ({@code book_id}, {@code author_id}): the association
 * object between {@link Book} and {@link Author}, with the link's own column {@code role}
 * ({@code "author"}, {@code "editor"}, ...) and the many-to-ones {@link #getBook() book} and
 * {@link #getAuthor() author}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a link never loads or walks a
 * relationship.
 */
public class BookAuthorLink {

    private Integer bookId;
    private Integer authorId;
    private String role;
    private Book book;
    private Author author;

    public BookAuthorLink() {
    }

    public BookAuthorLink(String role) {
        this.role = role;
    }

    public Integer getBookId() {
        return bookId;
    }

    public void setBookId(Integer bookId) {
        this.bookId = bookId;
    }

    public Integer getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Integer authorId) {
        this.authorId = authorId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Book getBook() {
        return book;
    }

    public void setBook(Book book) {
        this.book = book;
    }

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }

    @Override
    public String toString() {
        return "BookAuthorLink{bookId=" + bookId + ", authorId=" + authorId + ", role='" + role
                + "'}";
    }
}
