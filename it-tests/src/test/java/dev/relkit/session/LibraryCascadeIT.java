package dev.relkit.session;

import dev.relkit.Relkit;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.library.LibraryRelationships;
import dev.relkit.model.library.Author;
import dev.relkit.model.library.Book;
import dev.relkit.model.library.BookAuthorLink;
import dev.relkit.relation.Metamodel;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.EntityState;
import dev.relkit.session.FlushException;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR;
import static dev.relkit.mapper.library.LibraryRelationships.AUTHOR_BOOK_LINKS;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_AUTHOR;
import static dev.relkit.mapper.library.LibraryRelationships.LINK_BOOK;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.service.proxy.CatalogueProxies.AUTHOR_BOOKS_PROXY;
import static dev.relkit.service.proxy.CatalogueProxies.linkAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cascades on the library domain as declared in {@code LibraryRelationships} ({@code Author.bookLinks}
 * and {@code Book.authorLinks}: save-update, delete, delete-orphan), written through the proxy
 * {@code Author.books} ({@code CatalogueProxies.AUTHOR_BOOKS_PROXY}), with the session rule that deletes
 * a book left without links ({@link RelkitSession#deleteTargetsLeftUnlinked}). Seed: Jane Austen (1)
 * wrote books 1-4, The Annotated Pride and Prejudice (4) is also edited by David M. Shapard (2), Good
 * Omens (5) has Terry Pratchett (3) and Neil Gaiman (4), Beowulf (6) has no author.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class LibraryCascadeIT {

    private static final Metamodel LIBRARY = Metamodel.of(LibraryRelationships.ALL);
    private static final String BOOK_ROWS = "select title from book order by id";
    private static final String LINK_ROWS = "select book_id, author_id, role from book_author order by book_id, author_id";
    private static final String SEED_LINKS_WITHOUT_PRIDE_1_1 = "2|1|author";

    private RelkitSession unit;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        unit = Relkit.bind(factory.getConfiguration(), LIBRARY).session(factory.openSession(false));
        unit.deleteTargetsLeftUnlinked(LINK_BOOK);
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    @Test
    void removingPrideAndPrejudiceFromJaneAustensBooksDeletesItsLinkAndTheBook(StatementRecorder statements, DataSource dataSource) {
        Author austen = loadAuthor(statements, 1);
        Set<Book> books = AUTHOR_BOOKS_PROXY.set(austen);
        Book pride = books.stream().filter(book -> book.getTitle().equals("Pride and Prejudice")).findFirst().orElseThrow();
        BookAuthorLink prideLink = AUTHOR_BOOKS_PROXY.associationOf(austen, pride).orElseThrow();

        assertThat(books.remove(pride)).isTrue();
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select book_id, author_id, role from book_author where book_id in (?)",
                "select book_id, author_id, role from book_author where book_id in (?) order by author_id, book_id",
                "delete from book_author where book_id = ? and author_id = ?",
                "delete from book where id = ?");
        assertThat(flushed.get(3).parameters()).containsExactly(1L);
        assertThat(List.of(pride, prideLink)).extracting(unit::state).containsOnly(EntityState.DETACHED);
        assertThat(Rows.read(connection(), BOOK_ROWS)).containsExactly(
                "Sense and Sensibility", "Emma", "The Annotated Pride and Prejudice", "Good Omens", "Beowulf");
        assertThat(Rows.read(connection(), LINK_ROWS)).containsExactly(SEED_LINKS_WITHOUT_PRIDE_1_1,
                "3|1|author", "4|1|author", "4|2|editor", "5|3|author", "5|4|author");

        unit.rollback();
        assertThat(Rows.committed(dataSource, "select count(*) from book")).containsExactly("6");
        assertThat(Rows.committed(dataSource, "select count(*) from book_author where book_id = 1")).containsExactly("1");

        statements.assertCount(4, unit::commit);
        assertThat(Rows.committed(dataSource, BOOK_ROWS)).containsExactly(
                "Sense and Sensibility", "Emma", "The Annotated Pride and Prejudice", "Good Omens", "Beowulf");
        assertThat(Rows.committed(dataSource, "select count(*) from book_author where book_id = 1")).containsExactly("0");
        assertThat(AUTHOR_BOOKS_PROXY.set(austen)).extracting(Book::getTitle)
                .containsExactly("Sense and Sensibility", "Emma", "The Annotated Pride and Prejudice");
    }

    @Test
    void aBookItsEditorStillLinksKeepsItsRowWhenJaneAustenIsRemovedFromIt(StatementRecorder statements, DataSource dataSource) {
        Author austen = loadAuthor(statements, 1);
        Book annotated = unit.get(LibraryRelationships.BOOK, 4);

        AUTHOR_BOOKS_PROXY.set(austen).remove(annotated);
        List<RecordedStatement> flushed = statements.record(unit::commit);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select book_id, author_id, role from book_author where book_id in (?)",
                "delete from book_author where book_id = ? and author_id = ?");
        assertThat(unit.state(annotated)).isEqualTo(EntityState.PERSISTENT);
        assertThat(Rows.committed(dataSource, "select count(*) from book")).containsExactly("6");
        assertThat(Rows.committed(dataSource, "select book_id, author_id, role from book_author where book_id = 4"))
                .containsExactly("4|2|editor");
    }

    @Test
    void deletingAnAuthorDeletesTheirLinksAndTheBooksNobodyElseWrote(StatementRecorder statements, DataSource dataSource) {
        Author pratchett = unit.get(AUTHOR, 3);

        unit.delete(pratchett);
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select book_id, author_id, role from book_author where author_id in (?) order by book_id, author_id",
                "select book_id, author_id, role from book_author where book_id in (?)",
                "delete from book_author where book_id = ? and author_id = ?",
                "delete from author where id = ?");
        assertThat(Rows.read(connection(), LINK_ROWS)).endsWith("4|2|editor", "5|4|author");
        assertThat(Rows.read(connection(), "select count(*) from book where title = 'Good Omens'"))
                .as("Neil Gaiman still links it").containsExactly("1");
        unit.commit();
        assertThat(Rows.committed(dataSource, "select name from author order by id"))
                .containsExactly("Jane Austen", "David M. Shapard", "Neil Gaiman", "Charlotte Bronte");
        assertThat(Rows.committed(dataSource, "select count(*) from book_author")).containsExactly("6");
    }

    @Test
    void aBookPutIntoTheTitleMapIsInsertedBeforeItsLinkInTheProxysRole(StatementRecorder statements, DataSource dataSource) {
        Author bronte = loadAuthor(statements, 5);
        Map<String, Book> byTitle = AUTHOR_BOOKS_PROXY.keyedMap(bronte, Book::getTitle);
        Book janeEyre = new Book("Jane Eyre", 532, 1847);

        byTitle.put("Jane Eyre", janeEyre);
        AUTHOR_BOOKS_PROXY.set(loadAuthor(statements, 2), linkAs("editor")).add(janeEyre);
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "insert into book (title, pages, published_year) values (?, ?, ?)",
                "insert into book_author (book_id, author_id, role) values (?, ?, ?), (?, ?, ?)");
        String janeEyreLinks = "select a.name, l.role from book_author l join author a on a.id = l.author_id"
                + " join book b on b.id = l.book_id where b.title = 'Jane Eyre' order by a.id";
        assertThat(Rows.read(connection(), janeEyreLinks)).containsExactly("David M. Shapard|editor", "Charlotte Bronte|author");
        statements.assertCount(0, unit::flush);
        unit.commit();
        assertThat(Rows.committed(dataSource, janeEyreLinks)).containsExactly("David M. Shapard|editor", "Charlotte Bronte|author");
        assertThat(byTitle).containsOnlyKeys("Jane Eyre");
    }

    @Test
    void aBookBothOfWhoseAuthorsAreDeletedGoesTooAndAFailedFlushLeavesEverythingToRetry(
            StatementRecorder statements, DataSource dataSource) {
        Author pratchett = unit.get(AUTHOR, 3);
        Author gaiman = unit.get(AUTHOR, 4);
        unit.delete(pratchett);
        unit.delete(gaiman);
        Book untitled = new Book(null, 400, 2019); // book.title is NOT NULL: the insert fails
        AUTHOR_BOOKS_PROXY.set(loadAuthor(statements, 5)).add(untitled);

        assertThatThrownBy(unit::flush).isInstanceOf(FlushException.class).hasMessageContaining("insert of Book#new failed");

        assertThat(Rows.committed(dataSource, BOOK_ROWS)).contains("Good Omens").hasSize(6);
        assertThat(Rows.committed(dataSource, "select count(*) from book_author")).containsExactly("7");
        assertThat(List.of(pratchett, gaiman)).extracting(unit::state).containsOnly(EntityState.DELETED);
        assertThat(unit.identity(LibraryRelationships.BOOK, 5)).as("the book the rule loaded is forgotten").isNull();
        assertThat(untitled.getId()).isNull();

        untitled.setTitle("Shirley");
        List<RecordedStatement> flushed = statements.record(unit::commit);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).endsWith(
                "select id, title, pages, published_year from book where id = ?",
                "select book_id, author_id, role from book_author where book_id in (?) order by author_id, book_id",
                "insert into book (title, pages, published_year) values (?, ?, ?)",
                "insert into book_author (book_id, author_id, role) values (?, ?, ?)",
                "delete from book_author where book_id = ? and author_id = ?",
                "delete from book_author where book_id = ? and author_id = ?",
                "delete from author where id in (?,?)",
                "delete from book where id = ?");
        assertThat(Rows.committed(dataSource, BOOK_ROWS)).containsExactly("Pride and Prejudice", "Sense and Sensibility",
                "Emma", "The Annotated Pride and Prejudice", "Beowulf", "Shirley");
        assertThat(Rows.committed(dataSource, "select name from author order by id"))
                .containsExactly("Jane Austen", "David M. Shapard", "Charlotte Bronte");
        assertThat(Rows.committed(dataSource, "select count(*) from book_author")).containsExactly("6");
    }

    @Test
    void deletingAnAuthorAndTheirBookInOneFlushDeletesTheSharedLinkOnce(StatementRecorder statements, DataSource dataSource) {
        unit.delete(unit.get(AUTHOR, 3));
        unit.delete(unit.get(LibraryRelationships.BOOK, 5)); // Good Omens: its delete cascade reaches Pratchett's link too

        List<RecordedStatement> flushed = statements.record(unit::commit);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).filteredOn(sql -> sql.startsWith("delete")).containsExactly(
                "delete from book_author where book_id = ? and author_id = ?",
                "delete from book_author where book_id = ? and author_id = ?",
                "delete from author where id = ?",
                "delete from book where id = ?");
        assertThat(Rows.committed(dataSource, "select count(*) from book_author where book_id = 5 or author_id = 3")).containsExactly("0");
        assertThat(Rows.committed(dataSource, "select name from author where id = 4")).as("Neil Gaiman stays").containsExactly("Neil Gaiman");
    }

    @Test
    void theRuleAcceptsOnlyAWritableManyToOneOfTheSessionsMetamodel() {
        assertThatThrownBy(() -> unit.deleteTargetsLeftUnlinked(AUTHOR_BOOK_LINKS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but Author.bookLinks is a ONE_TO_MANY");
        assertThatThrownBy(() -> unit.deleteTargetsLeftUnlinked(dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OrderItem.item is not a relationship of this session's metamodel");
        unit.deleteTargetsLeftUnlinked(LINK_AUTHOR); // accepted: an author left without links would go too
    }

    /** The author, their links and the linked books: 2 statements (the author by id, the links joined to their books). */
    private Author loadAuthor(StatementRecorder statements, int id) {
        return statements.assertCount(2, () -> unit.load(AUTHOR, List.of(unit.get(AUTHOR, id)),
                LoadPlan.of(selectIn(AUTHOR_BOOK_LINKS).joined(LINK_BOOK))).get(0));
    }

    private Connection connection() {
        return unit.sqlSession().getConnection();
    }
}
