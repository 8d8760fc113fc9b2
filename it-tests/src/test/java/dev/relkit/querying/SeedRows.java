package dev.relkit.querying;

import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;
import dev.relkit.model.library.BookAuthorLink;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;

/**
 * Fresh objects equal to rows of the user/address and author/book seeds, as the querying patterns'
 * resultMaps build them (relationships left empty), for full-graph comparisons.
 */
final class SeedRows {

    private SeedRows() {
    }

    static User user(int id) {
        return switch (id) {
            case 1 -> user(1, "spongebob", "Spongebob Squarepants", 1, 5);
            case 2 -> user(2, "sandy", "Sandy Cheeks", 2, null);
            case 3 -> user(3, "patrick", "Patrick Star", null, null);
            case 4 -> user(4, "squidward", "Squidward Tentacles", 4, 5);
            case 5 -> user(5, "ehkrabs", "Eugene H. Krabs", null, 5);
            default -> throw new IllegalArgumentException("no seeded user " + id);
        };
    }

    static Address address(int id) {
        return switch (id) {
            case 1 -> address(1, 1, "spongebob@sqlalchemy.org", "124 Conch Street", "Bikini Bottom", "96970");
            case 2 -> address(2, 2, "sandy@sqlalchemy.org", "1 Treedome Lane", "Bikini Bottom", "96970");
            case 3 -> address(3, 2, "sandy@squirrelpower.org", null, null, null);
            case 4 -> address(4, 4, "squidward@sqlalchemy.org", "122 Conch Street", "Bikini Bottom", "96970");
            case 5 -> address(5, 5, "ehkrabs@sqlalchemy.org", "831 Bottom Feeder Lane", "Bikini Bottom", "96971");
            case 6 -> address(6, null, "plankton@chumbucket.example", "833 Bottom Feeder Lane", "Bikini Bottom", "96971");
            default -> throw new IllegalArgumentException("no seeded address " + id);
        };
    }

    static Author author(int id) {
        String name = switch (id) {
            case 1 -> "Jane Austen";
            case 2 -> "David M. Shapard";
            case 3 -> "Terry Pratchett";
            case 4 -> "Neil Gaiman";
            case 5 -> "Charlotte Bronte";
            default -> throw new IllegalArgumentException("no seeded author " + id);
        };
        Author author = new Author(name);
        author.setId(id);
        return author;
    }

    static Book book(int id) {
        Book book = switch (id) {
            case 1 -> new Book("Pride and Prejudice", 432, 1813);
            case 2 -> new Book("Sense and Sensibility", 409, 1811);
            case 3 -> new Book("Emma", 474, 1815);
            case 4 -> new Book("The Annotated Pride and Prejudice", 740, 2012);
            case 5 -> new Book("Good Omens", 288, 1990);
            case 6 -> new Book("Beowulf", 128, null);
            default -> throw new IllegalArgumentException("no seeded book " + id);
        };
        book.setId(id);
        return book;
    }

    /** A book_author row with its book attached (the author side stays unset, as the resultMap leaves it). */
    static BookAuthorLink linkWithBook(int bookId, int authorId, String role) {
        BookAuthorLink link = new BookAuthorLink(role);
        link.setBookId(bookId);
        link.setAuthorId(authorId);
        link.setBook(book(bookId));
        return link;
    }

    private static User user(int id, String name, String fullname, Integer homeAddressId, Integer workAddressId) {
        User user = new User(name, fullname);
        user.setId(id);
        user.setHomeAddressId(homeAddressId);
        user.setWorkAddressId(workAddressId);
        return user;
    }

    private static Address address(int id, Integer userId, String email, String street, String city, String postalCode) {
        Address address = new Address(email, street, city, postalCode);
        address.setId(id);
        address.setUserId(userId);
        return address;
    }
}
