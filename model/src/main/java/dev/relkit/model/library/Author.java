package dev.relkit.model.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code author}: one end of the association-object pattern
 * {@code author <- book_author -> book}. {@link #getBookLinks() bookLinks} holds the
 * {@link BookAuthorLink} rows, each naming a book and the role played on it.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an author never loads or walks a
 * relationship.
 */
public class Author {

    private Integer id;
    private String name;
    private List<BookAuthorLink> bookLinks = new ArrayList<>();

    public Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<BookAuthorLink> getBookLinks() {
        return bookLinks;
    }

    public void setBookLinks(List<BookAuthorLink> bookLinks) {
        this.bookLinks = bookLinks;
    }

    @Override
    public String toString() {
        return "Author{id=" + id + ", name='" + name + "'}";
    }
}
