package dev.relkit.model.library;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code book}: the other end of the association-object pattern with {@link Author}.
 * {@link #getAuthorLinks() authorLinks} holds the {@link BookAuthorLink} rows.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a book never loads or walks a
 * relationship.
 */
public class Book {

    private Integer id;
    private String title;
    private Integer pages;
    private Integer publishedYear;
    private List<BookAuthorLink> authorLinks = new ArrayList<>();

    public Book() {
    }

    public Book(String title, Integer pages, Integer publishedYear) {
        this.title = title;
        this.pages = pages;
        this.publishedYear = publishedYear;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getPages() {
        return pages;
    }

    public void setPages(Integer pages) {
        this.pages = pages;
    }

    public Integer getPublishedYear() {
        return publishedYear;
    }

    public void setPublishedYear(Integer publishedYear) {
        this.publishedYear = publishedYear;
    }

    public List<BookAuthorLink> getAuthorLinks() {
        return authorLinks;
    }

    public void setAuthorLinks(List<BookAuthorLink> authorLinks) {
        this.authorLinks = authorLinks;
    }

    @Override
    public String toString() {
        return "Book{id=" + id + ", title='" + title + "', pages=" + pages + ", publishedYear="
                + publishedYear + "}";
    }
}
