package dev.relkit.querying;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.querying.AuthorBookCountRow;
import dev.relkit.mapper.querying.AuthorQueryMapper;
import dev.relkit.model.library.Author;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.relkit.library.LibrarySeed.author;
import static dev.relkit.library.LibrarySeed.linkWithBook;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An aggregate beside each author, and {@code contains_eager}-style filtered collections, on the
 * author/book seed. Books over 400 pages: Jane Austen's four and the Annotated Pride and Prejudice
 * that David M. Shapard edited; Good Omens (288) is not one, Charlotte Bronte has no books.
 */
@RelkitTest
class AuthorQueryMapperIT {

    private static final int MIN_PAGES = 400;

    @Test
    void bookCountsIncludeTheAuthorWithoutBooksAsZero(AuthorQueryMapper authors, StatementRecorder statements) {
        List<AuthorBookCountRow> expected = List.of(
                new AuthorBookCountRow(author(1), 4), new AuthorBookCountRow(author(2), 1),
                new AuthorBookCountRow(author(3), 1), new AuthorBookCountRow(author(4), 1),
                new AuthorBookCountRow(author(5), 0));

        assertThat(statements.assertCount(1, authors::selectAuthorsWithBookCounts))
                .usingRecursiveComparison().isEqualTo(expected);
        assertThat(statements.assertCount(1, authors::selectAuthorsWithBookCountsDynamic))
                .usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void innerJoinedFilterLeavesOnlyMatchingBooksAndDropsAuthorsWithoutAny(AuthorQueryMapper authors,
                                                                           StatementRecorder statements) {
        List<Author> expected = List.of(janeAustenLongBooks(), shapardLongBooks());

        assertThat(statements.assertCount(1, () -> authors.selectAuthorsWithBooksLongerThan(MIN_PAGES)))
                .usingRecursiveComparison().isEqualTo(expected);
        assertThat(statements.assertCount(1, () -> authors.selectAuthorsWithBooksLongerThanDynamic(MIN_PAGES)))
                .usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void outerJoinedFilterKeepsEveryAuthorWithOnlyMatchingBooks(AuthorQueryMapper authors, StatementRecorder statements) {
        List<Author> expected = List.of(janeAustenLongBooks(), shapardLongBooks(), author(3), author(4), author(5));

        List<Author> fromXml = statements.assertCount(1, () -> authors.selectAllAuthorsWithBooksLongerThan(MIN_PAGES));
        List<Author> fromDynamicSql = statements.assertCount(1,
                () -> authors.selectAllAuthorsWithBooksLongerThanDynamic(MIN_PAGES));

        assertThat(fromXml).usingRecursiveComparison().isEqualTo(expected);
        assertThat(fromDynamicSql).usingRecursiveComparison().isEqualTo(expected);
        assertThat(fromXml.get(2).getBookLinks()).as("Good Omens has 288 pages").isEmpty();
    }

    private static Author janeAustenLongBooks() {
        Author austen = author(1);
        austen.getBookLinks().addAll(List.of(linkWithBook(1, 1, "author"), linkWithBook(2, 1, "author"),
                linkWithBook(3, 1, "author"), linkWithBook(4, 1, "author")));
        return austen;
    }

    private static Author shapardLongBooks() {
        Author shapard = author(2);
        shapard.getBookLinks().add(linkWithBook(4, 2, "editor"));
        return shapard;
    }
}
