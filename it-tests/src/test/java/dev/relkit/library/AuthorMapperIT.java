package dev.relkit.library;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.library.AuthorMapper;
import dev.relkit.model.library.Author;
import dev.relkit.model.library.BookAuthorLink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The other direction of the book-author association object: authors with their book links (role)
 * and each link's book, from ONE joined statement, in the XML and the dynamic-SQL form.
 */
@RelkitTest
class AuthorMapperIT {

    @Test
    void xmlLoadsAuthorsWithBookLinksAndBooksInOneStatement(AuthorMapper authors, StatementRecorder statements) {
        assertSeededAuthors(statements, authors::selectAllWithBooks);
    }

    @Test
    void dynamicSqlLoadsAuthorsWithBookLinksAndBooksInOneStatement(AuthorMapper authors, StatementRecorder statements) {
        assertSeededAuthors(statements, authors::selectAllWithBooksDynamic);
    }

    private static void assertSeededAuthors(StatementRecorder statements, Supplier<List<Author>> query) {
        List<Author> all = statements.assertCount(1, query);

        assertThat(all).usingRecursiveComparison().isEqualTo(LibrarySeed.authorsWithBooks());
        assertThat(all.get(0).getBookLinks())
                .extracting(link -> link.getBook().getTitle(), BookAuthorLink::getRole)
                .containsExactly(
                        tuple("Pride and Prejudice", "author"),
                        tuple("Sense and Sensibility", "author"),
                        tuple("Emma", "author"),
                        tuple("The Annotated Pride and Prejudice", "author"));
        assertThat(all.get(1).getBookLinks()).extracting(BookAuthorLink::getRole).containsExactly("editor");
        assertThat(all.get(4).getName()).isEqualTo("Charlotte Bronte");
        assertThat(all.get(4).getBookLinks()).as("Charlotte Bronte has no books").isEmpty();
    }
}
