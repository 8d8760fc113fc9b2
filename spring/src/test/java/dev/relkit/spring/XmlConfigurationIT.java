package dev.relkit.spring;

import dev.relkit.Relkit;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.RelkitSession;
import dev.relkit.spring.library.Author;
import dev.relkit.spring.library.AuthorMapper;
import dev.relkit.spring.library.Book;
import dev.relkit.spring.library.LibraryDatabase;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.spring.library.LibraryRelationships.AUTHOR;
import static dev.relkit.spring.library.LibraryRelationships.AUTHOR_BOOKS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same integration wired in Spring XML with programmatic transactions
 * ({@code library-context.xml}), as an application older than Java configuration has it.
 */
@SpringJUnitConfig(locations = "classpath:dev/relkit/spring/library-context.xml")
class XmlConfigurationIT {

    @Autowired
    Relkit relkit;

    @Autowired
    RelkitSessions relkitSessions;

    @Autowired
    AuthorMapper authors;

    @Autowired
    TransactionTemplate transactions;

    final StatementRecorder statements = LibraryDatabase.get().statements();

    @AfterEach
    void noConnectionIsLeftLent() {
        assertThat(LibraryDatabase.activeConnections()).as("connections still lent by the pool").isZero();
        LibraryDatabase.removeRowsAddedByTests();
    }

    @Test
    void bindsTheListedRelationshipsWithTheConfiguredChunkSize() {
        assertThat(relkit.chunkSize()).isEqualTo(2);
        assertThat(relkit.metamodel().relationships()).hasSize(2);

        // 3 authors, 2 keys per select-in statement: the authors' statement and two select-ins
        List<Author> all = statements.assertCount(3, () -> transactions.execute(status ->
                relkitSessions.loader().load(authors.selectAll(), LoadPlan.of(selectIn(AUTHOR_BOOKS)))));

        assertThat(all).flatExtracting(Author::getBooks).extracting(Book::getTitle).containsExactly(
                "A Wizard of Earthsea", "The Dispossessed", "Solaris", "Kindred", "Parable of the Sower");
    }

    @Test
    void unitOfWorkCommitsAndRollsBackWithTheTemplatesTransaction() {
        transactions.executeWithoutResult(status -> {
            RelkitSession unit = relkitSessions.session();
            unit.get(AUTHOR, 2).getBooks().add(new Book("The Cyberiad"));
        });
        transactions.executeWithoutResult(status -> {
            RelkitSession unit = relkitSessions.session();
            unit.get(AUTHOR, 2).getBooks().add(new Book("His Master's Voice"));
            unit.flush();
            status.setRollbackOnly();
        });

        assertThat(authors.countBooksByTitle("The Cyberiad")).isEqualTo(1);
        assertThat(authors.countBooksByTitle("His Master's Voice")).isZero();
    }
}
