package dev.relkit.sakila;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.catalogue.sakila.SakilaDataSet;
import dev.relkit.mapper.sakila.FilmMapper;
import dev.relkit.mapper.sakila.RentalMapper;
import dev.relkit.mapper.sakila.StoreMapper;
import dev.relkit.model.sakila.Film;
import dev.relkit.model.sakila.Rental;
import dev.relkit.model.sakila.Staff;
import dev.relkit.model.sakila.Store;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.service.sakila.SakilaGraphLoader;
import dev.relkit.service.sakila.SakilaViews.CustomerView;
import dev.relkit.service.sakila.SakilaViews.FilmView;
import dev.relkit.service.sakila.SakilaViews.LanguageView;
import dev.relkit.service.sakila.SakilaViews.RentalView;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

import static dev.relkit.mapper.sakila.SakilaRelationships.STAFF_STORE;
import static dev.relkit.mapper.sakila.SakilaRelationships.STORE_STAFF;
import static dev.relkit.load.Loading.selectIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Sakila graphs relkit loads (root statement + declared relationships + loader plans), compared
 * with answers computed by plain SQL ({@link SakilaSqlAnswers}): every id of every entity, single ids
 * through the XML root statements, edge cases, and after changing the data in the test's session.
 * Statement counts per graph: film 3, actor 2, customer 3, store 3, for one id or all of them.
 *
 * <p>Sakila is loaded once per JVM into the schema {@code sakila} of the harness's server (its own
 * schema: the harness's database, {@code relkit} or the explicit URL's, is not touched). Tests change
 * data only in their rolled-back session.
 */
@RelkitTest
class SakilaGraphIT {

    @BeforeAll
    static void loadSakila(TestDatabase database) {
        org.junit.jupiter.api.Assumptions.assumeTrue(SakilaDataSet.isAvailable(), SakilaDataSet.UNAVAILABLE);
        SakilaDataSet.loadOnce(database.jdbcTarget());
    }

    // ---- full sweeps: every id, one plan, the dynamic-SQL root statements ----

    @Test
    void everyFilmMatchesPlainSqlInThreeStatements(SqlSession session, StatementRecorder statements) {
        SakilaSqlAnswers answers = answers(session);
        List<Integer> ids = answers.ids("SELECT film_id FROM sakila.film ORDER BY film_id");

        List<FilmView> loaded = statements.assertCount(SakilaGraphLoader.FILM_STATEMENTS,
                () -> new SakilaGraphLoader(session).films(ids));

        assertThat(ids).hasSize(1000);
        assertSameGraphs(loaded, answers.films(ids));
        assertThat(loaded).filteredOn(film -> film.actors().isEmpty()).extracting(FilmView::filmId)
                .as("films without actors").containsExactly(257, 323, 803);
    }

    @Test
    void everyActorMatchesPlainSqlInTwoStatements(SqlSession session, StatementRecorder statements) {
        SakilaSqlAnswers answers = answers(session);
        List<Integer> ids = answers.ids("SELECT actor_id FROM sakila.actor ORDER BY actor_id");

        var loaded = statements.assertCount(SakilaGraphLoader.ACTOR_STATEMENTS, () -> new SakilaGraphLoader(session).actors(ids));

        assertThat(ids).hasSize(200);
        assertSameGraphs(loaded, answers.actors(ids));
    }

    @Test
    void everyCustomerMatchesPlainSqlInThreeStatements(SqlSession session, StatementRecorder statements) {
        SakilaSqlAnswers answers = answers(session);
        List<Integer> ids = answers.ids("SELECT customer_id FROM sakila.customer ORDER BY customer_id");

        List<CustomerView> loaded = statements.assertCount(SakilaGraphLoader.CUSTOMER_STATEMENTS,
                () -> new SakilaGraphLoader(session).customers(ids));

        assertThat(ids).hasSize(599);
        assertSameGraphs(loaded, answers.customers(ids));
        assertThat(loaded).flatExtracting(CustomerView::rentals).filteredOn(rental -> rental.returnDate() == null)
                .as("unreturned rentals").hasSize(183);
    }

    @Test
    void everyStoreMatchesPlainSqlInThreeStatements(SqlSession session, StatementRecorder statements) {
        SakilaSqlAnswers answers = answers(session);
        List<Integer> ids = answers.ids("SELECT store_id FROM sakila.store ORDER BY store_id");

        var loaded = statements.assertCount(SakilaGraphLoader.STORE_STATEMENTS, () -> new SakilaGraphLoader(session).stores(ids));

        assertThat(ids).containsExactly(1, 2);
        assertSameGraphs(loaded, answers.stores(ids));
    }

    // ---- single ids through the XML root statements: a spread with the edge cases ----

    @Test
    void singleFilmsMatchPlainSqlInThreeStatementsEach(SqlSession session, StatementRecorder statements) {
        SakilaSqlAnswers answers = answers(session);
        SakilaGraphLoader graphs = new SakilaGraphLoader(session);
        // first and last, films without actors (257, 323, 803), and some in between
        for (int id : new int[] {1, 2, 257, 323, 500, 803, 999, 1000}) {
            Optional<FilmView> loaded = statements.assertCount(SakilaGraphLoader.FILM_STATEMENTS, () -> graphs.film(id));
            assertThat(loaded).as("film %d", id).get().usingRecursiveComparison().isEqualTo(answers.films(List.of(id)).get(0));
        }
    }

    @Test
    void singleCustomersWithUnreturnedRentalsMatchPlainSqlInThreeStatementsEach(SqlSession session,
                                                                                StatementRecorder statements) {
        SakilaSqlAnswers answers = answers(session);
        SakilaGraphLoader graphs = new SakilaGraphLoader(session);
        List<Integer> unreturned = answers.ids(
                "SELECT DISTINCT customer_id FROM sakila.rental WHERE return_date IS NULL ORDER BY customer_id LIMIT 5");
        assertThat(unreturned).hasSize(5);
        for (int id : concat(List.of(1, 599), unreturned)) {
            Optional<CustomerView> loaded = statements.assertCount(SakilaGraphLoader.CUSTOMER_STATEMENTS, () -> graphs.customer(id));
            assertThat(loaded).as("customer %d", id).get().usingRecursiveComparison()
                    .isEqualTo(answers.customers(List.of(id)).get(0));
        }
    }

    @Test
    void singleActorsAndStoresMatchPlainSql(SqlSession session, StatementRecorder statements) {
        SakilaSqlAnswers answers = answers(session);
        SakilaGraphLoader graphs = new SakilaGraphLoader(session);
        for (int id : new int[] {1, 107, 200}) {
            var loaded = statements.assertCount(SakilaGraphLoader.ACTOR_STATEMENTS, () -> graphs.actor(id));
            assertThat(loaded).get().usingRecursiveComparison().isEqualTo(answers.actors(List.of(id)).get(0));
        }
        for (int id : new int[] {1, 2}) {
            var loaded = statements.assertCount(SakilaGraphLoader.STORE_STATEMENTS, () -> graphs.store(id));
            assertThat(loaded).get().usingRecursiveComparison().isEqualTo(answers.stores(List.of(id)).get(0));
        }
    }

    @Test
    void aMissingIdIsEmptyAfterTheRootStatementAlone(SqlSession session, StatementRecorder statements) {
        SakilaGraphLoader graphs = new SakilaGraphLoader(session);

        statements.assertCount(4, () -> {
            assertThat(graphs.film(1001)).isEmpty();
            assertThat(graphs.actor(0)).isEmpty();
            assertThat(graphs.customer(600)).isEmpty();
            assertThat(graphs.store(3)).isEmpty();
        });
        statements.assertCount(0, () -> assertThat(graphs.films(List.of())).isEmpty());
    }

    @Test
    void filmsWithoutActorsComeFromNotExistsOnTheDeclarationInOneStatement(SqlSession session, FilmMapper films,
                                                                          StatementRecorder statements) {
        List<Film> loaded = statements.assertCount(1, films::selectWithoutActors);

        assertThat(loaded).extracting(Film::getFilmId).containsExactlyElementsOf(answers(session).ids(
                "SELECT film_id FROM sakila.film f WHERE NOT EXISTS"
                        + " (SELECT 1 FROM sakila.film_actor fa WHERE fa.film_id = f.film_id) ORDER BY film_id"));
        assertThat(loaded).extracting(Film::getFilmId, f -> f.getLanguage().getName().stripTrailing(), Film::getOriginalLanguage)
                .containsExactly(tuple(257, "English", null), tuple(323, "English", null), tuple(803, "English", null));
    }

    @Test
    void anUnknownEntityIsAnErrorNamingTheKnownOnes(SqlSession session) {
        assertThatThrownBy(() -> new SakilaGraphLoader(session).graph("rental", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown entity 'rental': expected one of film, actor, customer, store");
    }

    // ---- the patterns: two foreign keys to one table, the store/staff cycle ----

    @Test
    void bothLanguageForeignKeysMapToTheirOwnRows(SqlSession session, FilmMapper films, StatementRecorder statements) {
        films.updateOriginalLanguage(1, 2);
        films.updateOriginalLanguage(3, 1);

        List<FilmView> loaded = statements.assertCount(SakilaGraphLoader.FILM_STATEMENTS,
                () -> new SakilaGraphLoader(session).films(List.of(1, 2, 3)));

        assertThat(loaded).extracting(FilmView::filmId, FilmView::language, FilmView::originalLanguage).containsExactly(
                tuple(1, new LanguageView(1, "English"), new LanguageView(2, "Italian")),
                tuple(2, new LanguageView(1, "English"), null),
                tuple(3, new LanguageView(1, "English"), new LanguageView(1, "English")));
        assertSameGraphs(loaded, answers(session).films(List.of(1, 2, 3)));
    }

    @Test
    void theStoreStaffCycleResolvesToTheSameObjectsBothWays(SqlSession session, StoreMapper stores,
                                                            StatementRecorder statements) {
        List<Store> loaded = stores.selectWithManagerAndAddressByIds(List.of(1, 2));

        statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(loaded, LoadPlan.of(selectIn(STORE_STAFF).selectIn(STAFF_STORE))));

        assertThat(loaded).extracting(Store::getStoreId, store -> store.getManager().getStaffId(),
                        store -> store.getStaff().stream().map(Staff::getStaffId).toList())
                .containsExactly(tuple(1, 1, List.of(1)), tuple(2, 2, List.of(2)));
        for (Store store : loaded) {
            assertThat(store.getStaff()).allSatisfy(member -> assertThat(member.getStore()).isSameAs(store));
            assertThat(store.getManager().getStoreId()).isEqualTo(store.getStoreId());
        }
    }

    // ---- after changing data: nothing cached or assumed ----

    @Test
    void graphsFollowChangedDataInTheSameSession(SqlSession session, FilmMapper films, RentalMapper rentals,
                                                 StatementRecorder statements) {
        SakilaGraphLoader graphs = new SakilaGraphLoader(session);
        FilmView before = graphs.film(10).orElseThrow();
        CustomerView customerBefore = graphs.customer(5).orElseThrow();
        assertThat(before.originalLanguage()).isNull();

        films.updateOriginalLanguage(10, 3);
        Rental rental = new Rental();
        rental.setInventoryId(1);
        rental.setCustomerId(5);
        rental.setStaffId(2);
        rentals.insert(rental);

        FilmView after = statements.assertCount(SakilaGraphLoader.FILM_STATEMENTS, () -> graphs.film(10)).orElseThrow();
        CustomerView customerAfter = statements.assertCount(SakilaGraphLoader.CUSTOMER_STATEMENTS, () -> graphs.customer(5))
                .orElseThrow();

        SakilaSqlAnswers answers = answers(session);
        assertThat(after.originalLanguage()).isEqualTo(new LanguageView(3, "Japanese"));
        assertThat(after).usingRecursiveComparison().isEqualTo(answers.films(List.of(10)).get(0));
        assertThat(customerAfter.rentals()).hasSize(customerBefore.rentals().size() + 1);
        RentalView added = customerAfter.rentals().get(customerAfter.rentals().size() - 1);
        assertThat(added.rentalId()).isEqualTo(rental.getRentalId());
        assertThat(added.returnDate()).as("not returned yet").isNull();
        assertThat(added.inventory().film().filmId()).isEqualTo(1);
        assertThat(customerAfter).usingRecursiveComparison().isEqualTo(answers.customers(List.of(5)).get(0));
    }

    /**
     * Records compare deeply with {@code equals}; AssertJ's recursive comparison (which names the
     * differing field) runs only on a graph that differs, since it is slow on 16,000 rentals.
     */
    private static <V> void assertSameGraphs(List<V> loaded, List<V> expected) {
        assertThat(loaded).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            if (!loaded.get(i).equals(expected.get(i))) {
                assertThat(loaded.get(i)).as("graph #%d", i).usingRecursiveComparison().isEqualTo(expected.get(i));
            }
        }
    }

    private static SakilaSqlAnswers answers(SqlSession session) {
        Connection connection = session.getConnection();
        return new SakilaSqlAnswers(connection);
    }

    private static List<Integer> concat(List<Integer> first, List<Integer> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
