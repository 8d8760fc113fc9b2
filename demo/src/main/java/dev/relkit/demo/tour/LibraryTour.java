package dev.relkit.demo.tour;

import dev.relkit.mapper.library.AuthorMapper;
import dev.relkit.mapper.library.BookMapper;
import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Books and authors through the association object {@code BookAuthorLink}, which carries the
 * author's role on the book; loaded in both directions, one statement each.
 */
final class LibraryTour implements TourSection {

    @Override
    public String title() {
        return "Association object with a role: books <-> authors through book_author";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/author_book.sql");

        List<Book> books = tour.scenario("Every book with its author links and authors (XML mapper, one statement)",
                session -> session.getMapper(BookMapper.class).selectAllWithAuthors());
        books.forEach(book -> tour.show(describe(book)));

        List<Author> authors = tour.scenario("Every author with its book links and books (dynamic SQL, one statement)",
                session -> session.getMapper(AuthorMapper.class).selectAllWithBooksDynamic());
        authors.forEach(author -> tour.show(describe(author)));
    }

    private static String describe(Book book) {
        return book.getTitle() + ": " + book.getAuthorLinks().stream()
                .map(link -> link.getAuthor().getName() + " (" + link.getRole() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String describe(Author author) {
        return author.getName() + ": " + author.getBookLinks().stream()
                .map(link -> link.getBook().getTitle() + " (" + link.getRole() + ")")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
