package dev.relkit.library;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.library.BookMapper;
import dev.relkit.model.library.Book;
import dev.relkit.model.library.BookAuthorLink;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Books with their author links (the association object, with its role) and each link's author,
 * from ONE joined statement, in the XML and the dynamic-SQL form.
 */
@RelkitTest
class BookMapperIT {

    @Test
    void xmlLoadsBooksWithAuthorLinksAndAuthorsInOneStatement(BookMapper books, StatementRecorder statements) {
        assertSeededBooks(statements, books::selectAllWithAuthors);
    }

    @Test
    void dynamicSqlLoadsBooksWithAuthorLinksAndAuthorsInOneStatement(BookMapper books, StatementRecorder statements) {
        assertSeededBooks(statements, books::selectAllWithAuthorsDynamic);
    }

    private static void assertSeededBooks(StatementRecorder statements, Supplier<List<Book>> query) {
        List<Book> all = statements.assertCount(1, query);

        assertThat(all).usingRecursiveComparison().isEqualTo(LibrarySeed.booksWithAuthors());
        Book annotated = all.get(3);
        assertThat(annotated.getAuthorLinks())
                .extracting(BookAuthorLink::getRole, link -> link.getAuthor().getName())
                .containsExactly(tuple("author", "Jane Austen"), tuple("editor", "David M. Shapard"));
        assertThat(all.get(5).getTitle()).isEqualTo("Beowulf");
        assertThat(all.get(5).getAuthorLinks()).as("Beowulf has no authors").isEmpty();
        assertThat(all.get(5).getPublishedYear()).isNull();
        assertThat(annotated.getAuthorLinks()).extracting(BookAuthorLink::getBook).containsOnlyNulls();
    }
}
