package dev.relkit.demo.tour;

import dev.relkit.catalogue.sakila.SakilaDataSet;
import dev.relkit.service.sakila.SakilaGraphLoader;
import dev.relkit.service.sakila.SakilaViews.ActorName;
import dev.relkit.service.sakila.SakilaViews.CustomerView;
import dev.relkit.service.sakila.SakilaViews.FilmView;
import dev.relkit.service.sakila.SakilaViews.RentalView;
import dev.relkit.service.sakila.SakilaViews.StaffName;
import dev.relkit.service.sakila.SakilaViews.StoreView;

import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Sakila, a schema relkit did not design: its data set is loaded into the schema {@code sakila} of
 * the tour's server (from {@code ../shared/datasets/sakila} or {@code RELKIT_SAKILA_DIR}; the section
 * says so and is skipped when the data set is not there), then one graph per pattern is loaded
 * with {@link SakilaGraphLoader}: one root statement plus one select-in per collection.
 */
final class SakilaTour implements TourSection {

    @Override
    public String title() {
        return "A real schema: Sakila (two foreign keys to one table, many-to-many, association objects, a chain, a cycle)";
    }

    @Override
    public void run(Tour tour) {
        SakilaDataSet dataSet;
        try {
            dataSet = SakilaDataSet.locate(null);
        } catch (IllegalArgumentException notFound) {
            tour.show("skipped: " + notFound.getMessage());
            return;
        }
        Duration took = dataSet.loadInto(tour.jdbcTarget());
        tour.show("loaded " + dataSet + " into schema sakila in " + took.toMillis() + " ms (mariadb client, not echoed)");

        FilmView film = tour.scenario("Film 1: film joined to language twice (language, original_language);"
                + " actors through film_actor and categories through film_category, one select-in each",
                session -> new SakilaGraphLoader(session).film(1).orElseThrow());
        tour.show(film.title() + ": language " + film.language().name() + ", original language "
                + (film.originalLanguage() == null ? "none" : film.originalLanguage().name()) + ", categories "
                + film.categories().stream().map(c -> c.name()).collect(Collectors.joining(", ")));
        tour.show(film.actors().size() + " actors: " + film.actors().stream()
                .map(ActorName::lastName).collect(Collectors.joining(", ")));

        CustomerView customer = tour.scenario("Customer 15: address -> city -> country and store joined;"
                + " rentals (association objects) with their copy, film and staff joined into one select-in; payments",
                session -> new SakilaGraphLoader(session).customer(15).orElseThrow());
        tour.show(customer.firstName() + " " + customer.lastName() + " of " + customer.address().city().city() + ", "
                + customer.address().city().country().country() + ": " + customer.rentals().size() + " rentals, "
                + customer.payments().size() + " payments");
        customer.rentals().stream().filter(rental -> rental.returnDate() == null).map(SakilaTour::describe)
                .forEach(tour::show);

        StoreView store = tour.scenario("Store 1: its manager joined (store.manager_staff_id -> staff);"
                + " its staff by select-in (staff.store_id -> store): the cycle; its inventory counted",
                session -> new SakilaGraphLoader(session).store(1).orElseThrow());
        tour.show("store " + store.storeId() + " in " + store.address().city().city() + ", managed by "
                + name(store.manager()) + "; staff: " + store.staff().stream().map(SakilaTour::name)
                .collect(Collectors.joining(", ")) + "; " + store.inventoryCount() + " copies");
    }

    private static String describe(RentalView rental) {
        return "not returned: rental " + rental.rentalId() + " of " + rental.inventory().film().title()
                + " since " + rental.rentalDate();
    }

    private static String name(StaffName staff) {
        return staff.firstName() + " " + staff.lastName();
    }
}
