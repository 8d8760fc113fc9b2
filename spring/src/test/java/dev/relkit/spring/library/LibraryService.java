package dev.relkit.spring.library;

import dev.relkit.load.LoadPlan;
import dev.relkit.session.RelkitSession;
import dev.relkit.spring.RelkitSessions;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.spring.library.LibraryRelationships.AUTHOR_BOOKS;

/** A service with declarative transactions, as an application writes one. */
public class LibraryService {

    private final AuthorMapper authors;
    private final RelkitSessions relkit;

    public LibraryService(AuthorMapper authors, RelkitSessions relkit) {
        this.authors = authors;
        this.relkit = relkit;
    }

    /** Every author with its books: the authors' statement and one select-in statement. */
    @Transactional(readOnly = true)
    public List<Author> authorsWithBooks() {
        return relkit.loader().load(authors.selectAll(), LoadPlan.of(selectIn(AUTHOR_BOOKS)));
    }

    /** Every author, books left to their declared default (lazy). */
    @Transactional(readOnly = true)
    public List<Author> authors() {
        return relkit.loader().load(authors.selectAll(), LoadPlan.of());
    }

    /** Runs {@code work} in a read-only transaction. */
    @Transactional(readOnly = true)
    public <T> T read(Supplier<T> work) {
        return work.get();
    }

    /** Runs {@code work} on a new unit of work in the caller's transaction, or a new one. */
    @Transactional
    public <T> T write(Function<RelkitSession, T> work) {
        return work.apply(relkit.session());
    }

    /** Runs {@code work} on a new unit of work in a transaction of its own, the caller's suspended. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public <T> T writeInNewTransaction(Function<RelkitSession, T> work) {
        return work.apply(relkit.session());
    }
}
