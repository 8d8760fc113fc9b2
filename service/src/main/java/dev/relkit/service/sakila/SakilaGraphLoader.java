package dev.relkit.service.sakila;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.sakila.ActorMapper;
import dev.relkit.mapper.sakila.CustomerMapper;
import dev.relkit.mapper.sakila.FilmMapper;
import dev.relkit.mapper.sakila.StoreMapper;
import dev.relkit.model.sakila.Actor;
import dev.relkit.model.sakila.Address;
import dev.relkit.model.sakila.City;
import dev.relkit.model.sakila.Customer;
import dev.relkit.model.sakila.Film;
import dev.relkit.model.sakila.Language;
import dev.relkit.model.sakila.Rental;
import dev.relkit.model.sakila.Staff;
import dev.relkit.model.sakila.Store;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.service.sakila.SakilaViews.ActorName;
import dev.relkit.service.sakila.SakilaViews.ActorView;
import dev.relkit.service.sakila.SakilaViews.CategoryView;
import dev.relkit.service.sakila.SakilaViews.CityView;
import dev.relkit.service.sakila.SakilaViews.CountryView;
import dev.relkit.service.sakila.SakilaViews.CustomerAddress;
import dev.relkit.service.sakila.SakilaViews.CustomerView;
import dev.relkit.service.sakila.SakilaViews.FilmTitle;
import dev.relkit.service.sakila.SakilaViews.FilmView;
import dev.relkit.service.sakila.SakilaViews.InventoryView;
import dev.relkit.service.sakila.SakilaViews.LanguageView;
import dev.relkit.service.sakila.SakilaViews.PaymentView;
import dev.relkit.service.sakila.SakilaViews.RentalView;
import dev.relkit.service.sakila.SakilaViews.StaffId;
import dev.relkit.service.sakila.SakilaViews.StaffName;
import dev.relkit.service.sakila.SakilaViews.StoreAddress;
import dev.relkit.service.sakila.SakilaViews.StoreId;
import dev.relkit.service.sakila.SakilaViews.StoreView;
import org.apache.ibatis.session.SqlSession;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static dev.relkit.mapper.sakila.SakilaRelationships.ACTOR_FILMS;
import static dev.relkit.mapper.sakila.SakilaRelationships.ADDRESS_CITY;
import static dev.relkit.mapper.sakila.SakilaRelationships.CITY_COUNTRY;
import static dev.relkit.mapper.sakila.SakilaRelationships.CUSTOMER_ADDRESS;
import static dev.relkit.mapper.sakila.SakilaRelationships.CUSTOMER_PAYMENTS;
import static dev.relkit.mapper.sakila.SakilaRelationships.CUSTOMER_RENTALS;
import static dev.relkit.mapper.sakila.SakilaRelationships.CUSTOMER_STORE;
import static dev.relkit.mapper.sakila.SakilaRelationships.FILM_ACTORS;
import static dev.relkit.mapper.sakila.SakilaRelationships.FILM_CATEGORIES;
import static dev.relkit.mapper.sakila.SakilaRelationships.FILM_LANGUAGE;
import static dev.relkit.mapper.sakila.SakilaRelationships.FILM_ORIGINAL_LANGUAGE;
import static dev.relkit.mapper.sakila.SakilaRelationships.INVENTORY_FILM;
import static dev.relkit.mapper.sakila.SakilaRelationships.RENTAL_INVENTORY;
import static dev.relkit.mapper.sakila.SakilaRelationships.RENTAL_STAFF;
import static dev.relkit.mapper.sakila.SakilaRelationships.STORE_ADDRESS;
import static dev.relkit.mapper.sakila.SakilaRelationships.STORE_INVENTORY;
import static dev.relkit.mapper.sakila.SakilaRelationships.STORE_MANAGER;
import static dev.relkit.mapper.sakila.SakilaRelationships.STORE_STAFF;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.selectIn;

/**
 * Loads Sakila object graphs with relkit's loader, driven only by {@code SakilaRelationships}: one
 * root statement (a mapper query joining the many-to-one relationships) plus one select-in statement
 * per collection, whatever the number of roots. Then turns the objects into {@link SakilaViews}.
 *
 * <table>
 *   <caption>Statements per graph, for one id or any number of ids</caption>
 *   <tr><th>graph</th><th>statements</th><th>what</th></tr>
 *   <tr><td>film</td><td>{@value #FILM_STATEMENTS}</td><td>film joined to language twice; actors (through film_actor); categories (through film_category)</td></tr>
 *   <tr><td>actor</td><td>{@value #ACTOR_STATEMENTS}</td><td>actor; films (through film_actor)</td></tr>
 *   <tr><td>customer</td><td>{@value #CUSTOMER_STATEMENTS}</td><td>customer joined to address, city, country, store; rentals joined to inventory, its film, and staff; payments</td></tr>
 *   <tr><td>store</td><td>{@value #STORE_STATEMENTS}</td><td>store joined to its manager and the address chain; staff; inventory (counted)</td></tr>
 * </table>
 *
 * <p>The select-in chunk size is raised to the number of roots, so a batch of any size keeps these
 * counts (one {@code IN} list per relationship; MariaDB takes thousands of parameters).
 */
public final class SakilaGraphLoader {

    public static final int FILM_STATEMENTS = 3;
    public static final int ACTOR_STATEMENTS = 2;
    public static final int CUSTOMER_STATEMENTS = 3;
    public static final int STORE_STATEMENTS = 3;

    /** The entities {@link #graph(String, int)} knows, in the order they are listed to users. */
    public static final List<String> ENTITIES = List.of("film", "actor", "customer", "store");

    /** Both languages are joined by the root statement ({@code filmWithLanguagesResult}). */
    public static final LoadPlan FILM_PLAN = LoadPlan.of(
            joined(FILM_LANGUAGE), joined(FILM_ORIGINAL_LANGUAGE), selectIn(FILM_ACTORS), selectIn(FILM_CATEGORIES));

    public static final LoadPlan ACTOR_PLAN = LoadPlan.of(selectIn(ACTOR_FILMS));

    /** Address chain and store are joined by the root statement; each rental's copy, film and staff are joined into the rentals' select-in. */
    public static final LoadPlan CUSTOMER_PLAN = LoadPlan.of(
            joined(CUSTOMER_ADDRESS).joined(ADDRESS_CITY).joined(CITY_COUNTRY),
            joined(CUSTOMER_STORE),
            selectIn(CUSTOMER_RENTALS).with(joined(RENTAL_INVENTORY).joined(INVENTORY_FILM)).with(joined(RENTAL_STAFF)),
            selectIn(CUSTOMER_PAYMENTS));

    /** Manager and address chain are joined by the root statement; the other half of the store/staff cycle is a select-in. */
    public static final LoadPlan STORE_PLAN = LoadPlan.of(
            joined(STORE_MANAGER),
            joined(STORE_ADDRESS).joined(ADDRESS_CITY).joined(CITY_COUNTRY),
            selectIn(STORE_STAFF),
            selectIn(STORE_INVENTORY));

    private final SqlSession session;

    /** A loader on a session whose configuration has relkit's mappers (the Sakila ones among them). */
    public SakilaGraphLoader(SqlSession session) {
        this.session = session;
    }

    // ---- one id: the XML root statements ----

    public Optional<FilmView> film(int filmId) {
        return one(session.getMapper(FilmMapper.class).selectWithLanguagesById(filmId), FILM_PLAN, SakilaGraphLoader::view);
    }

    public Optional<ActorView> actor(int actorId) {
        return one(session.getMapper(ActorMapper.class).selectById(actorId), ACTOR_PLAN, SakilaGraphLoader::view);
    }

    public Optional<CustomerView> customer(int customerId) {
        return one(session.getMapper(CustomerMapper.class).selectWithAddressAndStoreById(customerId), CUSTOMER_PLAN,
                SakilaGraphLoader::view);
    }

    public Optional<StoreView> store(int storeId) {
        return one(session.getMapper(StoreMapper.class).selectWithManagerAndAddressById(storeId), STORE_PLAN,
                SakilaGraphLoader::view);
    }

    // ---- many ids: the dynamic-SQL root statements, same plans, same statement counts ----

    /** The films with these ids, ordered by id; ids that name no film are left out. */
    public List<FilmView> films(Collection<Integer> filmIds) {
        return many(session.getMapper(FilmMapper.class).selectWithLanguagesByIds(filmIds), FILM_PLAN, SakilaGraphLoader::view);
    }

    public List<ActorView> actors(Collection<Integer> actorIds) {
        return many(session.getMapper(ActorMapper.class).selectByIds(actorIds), ACTOR_PLAN, SakilaGraphLoader::view);
    }

    public List<CustomerView> customers(Collection<Integer> customerIds) {
        return many(session.getMapper(CustomerMapper.class).selectWithAddressAndStoreByIds(customerIds), CUSTOMER_PLAN,
                SakilaGraphLoader::view);
    }

    public List<StoreView> stores(Collection<Integer> storeIds) {
        return many(session.getMapper(StoreMapper.class).selectWithManagerAndAddressByIds(storeIds), STORE_PLAN,
                SakilaGraphLoader::view);
    }

    /**
     * The graph of one row of {@code entity} (one of {@link #ENTITIES}), empty when no row has the id.
     *
     * @throws IllegalArgumentException naming the known entities when {@code entity} is not one of them
     */
    public Optional<?> graph(String entity, int id) {
        return switch (entity) {
            case "film" -> film(id);
            case "actor" -> actor(id);
            case "customer" -> customer(id);
            case "store" -> store(id);
            default -> throw new IllegalArgumentException("Unknown entity '" + entity + "': expected one of "
                    + String.join(", ", ENTITIES));
        };
    }

    private <E, V> Optional<V> one(E root, LoadPlan plan, Function<E, V> view) {
        if (root == null) {
            return Optional.empty();
        }
        ReferenceCatalogue.loader(session).load(List.of(root), plan);
        return Optional.of(view.apply(root));
    }

    private <E, V> List<V> many(List<E> roots, LoadPlan plan, Function<E, V> view) {
        ReferenceCatalogue.loader(session, Math.max(RelationshipLoader.DEFAULT_CHUNK_SIZE, roots.size())).load(roots, plan);
        return roots.stream().map(view).toList();
    }

    // ---- objects to views ----

    static FilmView view(Film film) {
        return new FilmView(film.getFilmId(), film.getTitle(), film.getReleaseYear(), film.getRentalRate(), film.getLength(),
                film.getRating(), language(film.getLanguage()), language(film.getOriginalLanguage()),
                film.getActors().stream().map(a -> new ActorName(a.getActorId(), a.getFirstName(), a.getLastName())).toList(),
                film.getCategories().stream().map(c -> new CategoryView(c.getCategoryId(), c.getName())).toList());
    }

    static ActorView view(Actor actor) {
        return new ActorView(actor.getActorId(), actor.getFirstName(), actor.getLastName(),
                actor.getFilms().stream().map(SakilaGraphLoader::title).toList());
    }

    static CustomerView view(Customer customer) {
        Address address = customer.getAddress();
        return new CustomerView(customer.getCustomerId(), customer.getFirstName(), customer.getLastName(),
                customer.getEmail(), customer.getActive(),
                new CustomerAddress(address.getAddressId(), address.getAddress(), address.getDistrict(),
                        address.getPostalCode(), address.getPhone(), city(address.getCity())),
                new StoreId(customer.getStore().getStoreId()),
                customer.getRentals().stream().map(SakilaGraphLoader::rental).toList(),
                customer.getPayments().stream().map(p -> new PaymentView(p.getPaymentId(), p.getAmount(),
                        p.getPaymentDate(), p.getRentalId())).toList());
    }

    static StoreView view(Store store) {
        Address address = store.getAddress();
        return new StoreView(store.getStoreId(), staffName(store.getManager()),
                new StoreAddress(address.getAddressId(), address.getAddress(), city(address.getCity())),
                store.getStaff().stream().map(SakilaGraphLoader::staffName).toList(),
                store.getInventory().size());
    }

    private static RentalView rental(Rental rental) {
        return new RentalView(rental.getRentalId(), rental.getRentalDate(), rental.getReturnDate(),
                new InventoryView(rental.getInventory().getInventoryId(), title(rental.getInventory().getFilm())),
                new StaffId(rental.getStaff().getStaffId()));
    }

    private static LanguageView language(Language language) {
        return language == null ? null : new LanguageView(language.getLanguageId(), language.getName().stripTrailing());
    }

    private static FilmTitle title(Film film) {
        return new FilmTitle(film.getFilmId(), film.getTitle());
    }

    private static CityView city(City city) {
        return new CityView(city.getCityId(), city.getCity(),
                new CountryView(city.getCountry().getCountryId(), city.getCountry().getCountry()));
    }

    private static StaffName staffName(Staff staff) {
        return new StaffName(staff.getStaffId(), staff.getFirstName(), staff.getLastName());
    }
}
