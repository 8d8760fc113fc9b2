package dev.relkit.spring;

import dev.relkit.harness.StatementRecorder;
import dev.relkit.load.DetachedInstanceException;
import dev.relkit.session.FlushException;
import dev.relkit.session.RelkitSession;
import dev.relkit.spring.library.Author;
import dev.relkit.spring.library.AuthorMapper;
import dev.relkit.spring.library.Book;
import dev.relkit.spring.library.LibraryDatabase;
import dev.relkit.spring.library.LibraryService;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.springframework.transaction.UnexpectedRollbackException;

import static dev.relkit.spring.library.LibraryRelationships.AUTHOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * relkit's loader and unit of work under Spring's declarative transactions, wired without Boot
 * ({@link PlainSpringConfiguration}): the transaction's session and connection, flushes committed and
 * rolled back with the transaction, a {@code REQUIRES_NEW} inner call, lazy loading inside and after the
 * transaction, and the pool's active count back at zero after every test.
 */
@SpringJUnitConfig(PlainSpringConfiguration.class)
class RelkitSessionsIT {

    @Autowired
    LibraryService library;

    @Autowired
    AuthorMapper authors;

    @Autowired
    RelkitSessions relkitSessions;

    @Autowired
    DataSource dataSource;

    final StatementRecorder statements = LibraryDatabase.get().statements();

    @AfterEach
    void noConnectionIsLeftLent() {
        assertThat(LibraryDatabase.activeConnections()).as("connections still lent by the pool").isZero();
        LibraryDatabase.removeRowsAddedByTests();
    }

    @Test
    void loadsBooksOfEveryAuthorWithOneSelectInStatementInTheTransaction() {
        List<Author> all = statements.assertCount(2, library::authorsWithBooks);

        assertThat(all).extracting(Author::getName)
                .containsExactly("Ursula K. Le Guin", "Stanislaw Lem", "Octavia E. Butler");
        assertThat(all.get(0).getBooks()).extracting(Book::getTitle)
                .containsExactly("A Wizard of Earthsea", "The Dispossessed");
        assertThat(all.get(2).getBooks()).extracting(Book::getTitle)
                .containsExactly("Kindred", "Parable of the Sower");
    }

    @Test
    void unitOfWorkRunsOnTheTransactionsConnection() {
        boolean sameConnection = library.write(unit -> {
            Connection transactions = DataSourceUtils.getConnection(dataSource);
            return unit.sqlSession().getConnection() == transactions
                    && relkitSessions.sqlSession().getConnection() == transactions;
        });

        assertThat(sameConnection).isTrue();
    }

    @Test
    void pendingChangesAreFlushedAndCommittedWhenTheTransactionCommits() {
        Author added = library.write(unit -> {
            Author author = new Author("Ted Chiang");
            author.getBooks().add(new Book("Exhalation"));
            unit.add(author);
            return author; // no flush: the unit is flushed before the commit
        });

        assertThat(added.getId()).isNotNull();
        assertThat(authors.countByName("Ted Chiang")).isEqualTo(1);
        assertThat(authors.countBooksByTitle("Exhalation")).isEqualTo(1);
    }

    @Test
    void flushIsRolledBackWithTheTransaction() {
        Author author = new Author("N. K. Jemisin");
        author.getBooks().add(new Book("The Fifth Season"));

        assertThatThrownBy(() -> library.write(unit -> {
            unit.add(author);
            unit.flush();
            assertThat(authors.countByName("N. K. Jemisin")).as("seen inside the transaction").isEqualTo(1);
            throw new IllegalStateException("the caller changes its mind");
        })).hasMessage("the caller changes its mind");

        assertThat(authors.countByName("N. K. Jemisin")).isZero();
        assertThat(authors.countBooksByTitle("The Fifth Season")).isZero();
        assertThat(author.getId()).as("restored as relkit restores a rolled-back unit").isNull();
    }

    @Test
    void requiresNewInnerCallCommitsAloneWhenTheOuterTransactionRollsBack() {
        AtomicInteger lentDuringInnerCall = new AtomicInteger();

        assertThatThrownBy(() -> library.write(outer -> {
            outer.add(new Author("Outer Author"));
            outer.flush();
            library.writeInNewTransaction(inner -> {
                lentDuringInnerCall.set(LibraryDatabase.activeConnections());
                inner.add(new Author("Inner Author"));
                return null;
            });
            throw new IllegalStateException("outer fails after the inner call returned");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(lentDuringInnerCall).as("the outer and the inner transaction's connections").hasValue(2);
        assertThat(authors.countByName("Inner Author")).isEqualTo(1);
        assertThat(authors.countByName("Outer Author")).isZero();
    }

    @Test
    void requiresNewInnerCallRolledBackLeavesTheOuterTransactionToCommit() {
        library.write(outer -> {
            outer.add(new Author("Outer Author"));
            outer.flush();
            assertThatThrownBy(() -> library.writeInNewTransaction(inner -> {
                inner.add(new Author("Inner Author"));
                inner.flush();
                throw new IllegalStateException("inner fails");
            })).hasMessage("inner fails");
            return null;
        });

        assertThat(authors.countByName("Outer Author")).isEqualTo(1);
        assertThat(authors.countByName("Inner Author")).isZero();
    }

    @Test
    void failedFlushMarksTheTransactionRollbackOnlyEvenWhenTheCallerSwallowsIt() {
        assertThatThrownBy(() -> library.write(unit -> {
            unit.add(new Author("Written Before The Failure"));
            unit.flush();
            unit.add(new Author(null)); // NOT NULL
            assertThatThrownBy(unit::flush).isInstanceOf(FlushException.class);
            return null;
        })).isInstanceOf(UnexpectedRollbackException.class);

        assertThat(authors.countByName("Written Before The Failure")).isZero();
    }

    @Test
    void lazyCollectionsLoadInsideTheTransactionAndAreDetachedAfterIt() {
        List<Author> all = library.read(() -> {
            List<Author> loaded = library.authors();
            statements.assertCount(1, () -> assertThat(loaded.get(0).getBooks()).hasSize(2));
            return loaded;
        });

        assertThat(all.get(0).getBooks()).hasSize(2);
        assertThatThrownBy(() -> all.get(1).getBooks().size())
                .isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("Author.books");
    }

    @Test
    void unitOfWorkNeedsATransactionAndLeavesCommitToIt() {
        assertThatThrownBy(relkitSessions::session)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@Transactional");

        assertThatThrownBy(() -> library.write(unit -> {
            unit.add(new Author("Committed By Hand"));
            unit.commit();
            return null;
        })).isInstanceOf(UnsupportedOperationException.class);
        assertThat(authors.countByName("Committed By Hand")).isZero();
    }

    @Test
    void unitOfWorkIsRefusedAfterItsTransaction() {
        RelkitSession finished = library.write(unit -> {
            unit.get(AUTHOR, 1);
            return unit;
        });

        assertThatThrownBy(() -> finished.get(AUTHOR, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has ended");
    }

    @Test
    void unitOfWorkReadsTheRowsItsTransactionWrote() {
        String name = library.write(unit -> {
            Author author = new Author("Becky Chambers");
            unit.add(author);
            unit.flush();
            return unit.get(AUTHOR, author.getId()) == author
                    ? library.read(() -> authors.selectAll().get(3).getName()) : "not the unit's object";
        });

        assertThat(name).isEqualTo("Becky Chambers");
    }
}
