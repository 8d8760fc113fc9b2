package dev.relkit.spring.library;

import java.util.ArrayList;
import java.util.List;

/** An author; {@code books} is {@code LibraryRelationships.AUTHOR_BOOKS}. */
public class Author {

    private Integer id;
    private String name;
    private List<Book> books = new ArrayList<>();

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

    public List<Book> getBooks() {
        return books;
    }

    public void setBooks(List<Book> books) {
        this.books = books;
    }
}
