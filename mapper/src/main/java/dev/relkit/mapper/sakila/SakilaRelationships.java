package dev.relkit.mapper.sakila;

import dev.relkit.model.sakila.Actor;
import dev.relkit.model.sakila.Address;
import dev.relkit.model.sakila.Category;
import dev.relkit.model.sakila.City;
import dev.relkit.model.sakila.Country;
import dev.relkit.model.sakila.Customer;
import dev.relkit.model.sakila.Film;
import dev.relkit.model.sakila.Inventory;
import dev.relkit.model.sakila.Language;
import dev.relkit.model.sakila.Payment;
import dev.relkit.model.sakila.Rental;
import dev.relkit.model.sakila.Staff;
import dev.relkit.model.sakila.Store;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;

import static dev.relkit.mapper.sakila.ActorDynamicSqlSupport.actor;
import static dev.relkit.mapper.sakila.AddressDynamicSqlSupport.address;
import static dev.relkit.mapper.sakila.CategoryDynamicSqlSupport.category;
import static dev.relkit.mapper.sakila.CityDynamicSqlSupport.city;
import static dev.relkit.mapper.sakila.CountryDynamicSqlSupport.country;
import static dev.relkit.mapper.sakila.CustomerDynamicSqlSupport.customer;
import static dev.relkit.mapper.sakila.FilmActorDynamicSqlSupport.filmActor;
import static dev.relkit.mapper.sakila.FilmCategoryDynamicSqlSupport.filmCategory;
import static dev.relkit.mapper.sakila.FilmDynamicSqlSupport.film;
import static dev.relkit.mapper.sakila.InventoryDynamicSqlSupport.inventory;
import static dev.relkit.mapper.sakila.LanguageDynamicSqlSupport.language;
import static dev.relkit.mapper.sakila.PaymentDynamicSqlSupport.payment;
import static dev.relkit.mapper.sakila.RentalDynamicSqlSupport.rental;
import static dev.relkit.mapper.sakila.StaffDynamicSqlSupport.staff;
import static dev.relkit.mapper.sakila.StoreDynamicSqlSupport.store;

/**
 * The Sakila sample database's entities and relationships, declared once. Sakila is a schema relkit
 * did not design; it holds every pattern relkit exists for:
 *
 * <pre>
 * film.language_id ─────────► language      Film.language          (two foreign keys to one table)
 * film.original_language_id ► language      Film.originalLanguage  (nullable)
 * film ◄── film_actor ──► actor             Film.actors ◄──► Actor.films  (many-to-many)
 * film ◄── film_category ──► category       Film.categories
 * address ──► city ──► country              Address.city, City.country    (many-to-one chain)
 * store.manager_staff_id ──► staff          Store.manager           ┐ a cycle between
 * staff.store_id ──► store                  Staff.store ◄──► Store.staff ┘ store and staff
 * customer / staff / store ──► address      one table referenced from three
 * rental: inventory x customer (+ staff)    Customer.rentals ◄──► Rental.customer (association object)
 * payment: customer (+ staff, rental)       Customer.payments ◄──► Payment.customer
 * </pre>
 *
 * <p>Collections are ordered by the target's primary key (the loader appends it to every select-in
 * statement). Every table is schema-qualified, see {@link SakilaSchema}.
 */
public final class SakilaRelationships {

    public static final EntityType<Language> LANGUAGE = EntityType.fromTable(Language.class, language)
            .generatedId(language.languageId)
            .resultMap(LanguageMapper.NAMESPACE + ".languageResult")
            .build();

    public static final EntityType<Film> FILM = EntityType.fromTable(Film.class, film)
            .generatedId(film.filmId)
            .resultMap(FilmMapper.NAMESPACE + ".filmResult")
            .build();

    public static final EntityType<Actor> ACTOR = EntityType.fromTable(Actor.class, actor)
            .generatedId(actor.actorId)
            .resultMap(ActorMapper.NAMESPACE + ".actorResult")
            .build();

    public static final EntityType<Category> CATEGORY = EntityType.fromTable(Category.class, category)
            .generatedId(category.categoryId)
            .resultMap(CategoryMapper.NAMESPACE + ".categoryResult")
            .build();

    public static final EntityType<Country> COUNTRY = EntityType.fromTable(Country.class, country)
            .generatedId(country.countryId)
            .resultMap(CountryMapper.NAMESPACE + ".countryResult")
            .build();

    public static final EntityType<City> CITY = EntityType.fromTable(City.class, city)
            .generatedId(city.cityId)
            .resultMap(CityMapper.NAMESPACE + ".cityResult")
            .build();

    public static final EntityType<Address> ADDRESS = EntityType.fromTable(Address.class, address)
            .generatedId(address.addressId)
            .resultMap(AddressMapper.NAMESPACE + ".addressResult")
            .build();

    public static final EntityType<Customer> CUSTOMER = EntityType.fromTable(Customer.class, customer)
            .generatedId(customer.customerId)
            .resultMap(CustomerMapper.NAMESPACE + ".customerResult")
            .build();

    public static final EntityType<Store> STORE = EntityType.fromTable(Store.class, store)
            .generatedId(store.storeId)
            .resultMap(StoreMapper.NAMESPACE + ".storeResult")
            .build();

    public static final EntityType<Staff> STAFF = EntityType.fromTable(Staff.class, staff)
            .generatedId(staff.staffId)
            .resultMap(StaffMapper.NAMESPACE + ".staffResult")
            .build();

    public static final EntityType<Inventory> INVENTORY = EntityType.fromTable(Inventory.class, inventory)
            .generatedId(inventory.inventoryId)
            .resultMap(InventoryMapper.NAMESPACE + ".inventoryResult")
            .build();

    public static final EntityType<Rental> RENTAL = EntityType.fromTable(Rental.class, rental)
            .generatedId(rental.rentalId)
            .resultMap(RentalMapper.NAMESPACE + ".rentalResult")
            .build();

    public static final EntityType<Payment> PAYMENT = EntityType.fromTable(Payment.class, payment)
            .generatedId(payment.paymentId)
            .resultMap(PaymentMapper.NAMESPACE + ".paymentResult")
            .build();

    // ---- film, language, actor, category ----

    /** {@code Film.language}: many-to-one through {@code film.language_id} (never null). */
    public static final Relationship<Film, Language> FILM_LANGUAGE = Relationship.manyToOne("language", FILM, LANGUAGE)
            .on(film.languageId, language.languageId)
            .reference(Film::getLanguage, Film::setLanguage)
            .build();

    /** {@code Film.originalLanguage}: the second foreign key to {@code language}, nullable. */
    public static final Relationship<Film, Language> FILM_ORIGINAL_LANGUAGE = Relationship.manyToOne("originalLanguage", FILM, LANGUAGE)
            .on(film.originalLanguageId, language.languageId)
            .reference(Film::getOriginalLanguage, Film::setOriginalLanguage)
            .build();

    /** {@code Film.actors}: many-to-many through {@code film_actor}, ordered by actor id. */
    public static final RelationshipPair<Film, Actor> FILM_ACTORS_PAIR = Relationship.manyToMany("actors", FILM, ACTOR)
            .on(film.filmId, filmActor.filmId)
            .secondary(filmActor)
            .secondaryOn(filmActor.actorId, actor.actorId)
            .list(Film::getActors, Film::setActors)
            .withInverse("films", inverse -> inverse.list(Actor::getFilms, Actor::setFilms))
            .build();
    public static final Relationship<Film, Actor> FILM_ACTORS = FILM_ACTORS_PAIR.relationship();
    /** {@code Actor.films}: the inverse of {@link #FILM_ACTORS}, ordered by film id. */
    public static final Relationship<Actor, Film> ACTOR_FILMS = FILM_ACTORS_PAIR.inverse();

    /** {@code Film.categories}: many-to-many through {@code film_category}, ordered by category id. */
    public static final Relationship<Film, Category> FILM_CATEGORIES = Relationship.manyToMany("categories", FILM, CATEGORY)
            .on(film.filmId, filmCategory.filmId)
            .secondary(filmCategory)
            .secondaryOn(filmCategory.categoryId, category.categoryId)
            .list(Film::getCategories, Film::setCategories)
            .build();

    // ---- address -> city -> country ----

    /** {@code Address.city}: many-to-one, the first link of the chain to the country. */
    public static final Relationship<Address, City> ADDRESS_CITY = Relationship.manyToOne("city", ADDRESS, CITY)
            .on(address.cityId, city.cityId)
            .reference(Address::getCity, Address::setCity)
            .build();

    /** {@code City.country}: many-to-one, the second link. */
    public static final Relationship<City, Country> CITY_COUNTRY = Relationship.manyToOne("country", CITY, COUNTRY)
            .on(city.countryId, country.countryId)
            .reference(City::getCountry, City::setCountry)
            .build();

    // ---- customer ----

    /** {@code Customer.address}: one of the three relationships to {@code address}. */
    public static final Relationship<Customer, Address> CUSTOMER_ADDRESS = Relationship.manyToOne("address", CUSTOMER, ADDRESS)
            .on(customer.addressId, address.addressId)
            .reference(Customer::getAddress, Customer::setAddress)
            .build();

    /** {@code Customer.store}: the store the customer is registered at. */
    public static final Relationship<Customer, Store> CUSTOMER_STORE = Relationship.manyToOne("store", CUSTOMER, STORE)
            .on(customer.storeId, store.storeId)
            .reference(Customer::getStore, Customer::setStore)
            .build();

    /** {@code Customer.rentals}: the rentals (association objects) of a customer, ordered by rental id. */
    public static final RelationshipPair<Customer, Rental> CUSTOMER_RENTALS_PAIR = Relationship.oneToMany("rentals", CUSTOMER, RENTAL)
            .on(customer.customerId, rental.customerId)
            .list(Customer::getRentals, Customer::setRentals)
            .withInverse("customer", inverse -> inverse.reference(Rental::getCustomer, Rental::setCustomer))
            .build();
    public static final Relationship<Customer, Rental> CUSTOMER_RENTALS = CUSTOMER_RENTALS_PAIR.relationship();
    /** {@code Rental.customer}: the customer who rented it. */
    public static final Relationship<Rental, Customer> RENTAL_CUSTOMER = CUSTOMER_RENTALS_PAIR.inverse();

    /** {@code Customer.payments}: ordered by payment id. */
    public static final RelationshipPair<Customer, Payment> CUSTOMER_PAYMENTS_PAIR = Relationship.oneToMany("payments", CUSTOMER, PAYMENT)
            .on(customer.customerId, payment.customerId)
            .list(Customer::getPayments, Customer::setPayments)
            .withInverse("customer", inverse -> inverse.reference(Payment::getCustomer, Payment::setCustomer))
            .build();
    public static final Relationship<Customer, Payment> CUSTOMER_PAYMENTS = CUSTOMER_PAYMENTS_PAIR.relationship();
    /** {@code Payment.customer}: who paid. */
    public static final Relationship<Payment, Customer> PAYMENT_CUSTOMER = CUSTOMER_PAYMENTS_PAIR.inverse();

    // ---- store <-> staff (a cycle), inventory ----

    /** {@code Store.manager}: {@code store.manager_staff_id}, one half of the store/staff cycle. */
    public static final Relationship<Store, Staff> STORE_MANAGER = Relationship.manyToOne("manager", STORE, STAFF)
            .on(store.managerStaffId, staff.staffId)
            .reference(Store::getManager, Store::setManager)
            .build();

    /** {@code Store.address}: one of the three relationships to {@code address}. */
    public static final Relationship<Store, Address> STORE_ADDRESS = Relationship.manyToOne("address", STORE, ADDRESS)
            .on(store.addressId, address.addressId)
            .reference(Store::getAddress, Store::setAddress)
            .build();

    /** {@code Store.staff}: everyone working at the store (the manager too), ordered by staff id. */
    public static final RelationshipPair<Store, Staff> STORE_STAFF_PAIR = Relationship.oneToMany("staff", STORE, STAFF)
            .on(store.storeId, staff.storeId)
            .list(Store::getStaff, Store::setStaff)
            .withInverse("store", inverse -> inverse.reference(Staff::getStore, Staff::setStore))
            .build();
    public static final Relationship<Store, Staff> STORE_STAFF = STORE_STAFF_PAIR.relationship();
    /** {@code Staff.store}: {@code staff.store_id}, the other half of the store/staff cycle. */
    public static final Relationship<Staff, Store> STAFF_STORE = STORE_STAFF_PAIR.inverse();

    /** {@code Store.inventory}: the copies a store holds, ordered by inventory id. */
    public static final RelationshipPair<Store, Inventory> STORE_INVENTORY_PAIR = Relationship.oneToMany("inventory", STORE, INVENTORY)
            .on(store.storeId, inventory.storeId)
            .list(Store::getInventory, Store::setInventory)
            .withInverse("store", inverse -> inverse.reference(Inventory::getStore, Inventory::setStore))
            .build();
    public static final Relationship<Store, Inventory> STORE_INVENTORY = STORE_INVENTORY_PAIR.relationship();
    /** {@code Inventory.store}: the store holding a copy. */
    public static final Relationship<Inventory, Store> INVENTORY_STORE = STORE_INVENTORY_PAIR.inverse();

    /** {@code Staff.address}: one of the three relationships to {@code address}. */
    public static final Relationship<Staff, Address> STAFF_ADDRESS = Relationship.manyToOne("address", STAFF, ADDRESS)
            .on(staff.addressId, address.addressId)
            .reference(Staff::getAddress, Staff::setAddress)
            .build();

    /** {@code Inventory.film}: the film a copy is of. */
    public static final Relationship<Inventory, Film> INVENTORY_FILM = Relationship.manyToOne("film", INVENTORY, FILM)
            .on(inventory.filmId, film.filmId)
            .reference(Inventory::getFilm, Inventory::setFilm)
            .build();

    // ---- rental and payment: association objects ----

    /** {@code Rental.inventory}: the copy rented. */
    public static final Relationship<Rental, Inventory> RENTAL_INVENTORY = Relationship.manyToOne("inventory", RENTAL, INVENTORY)
            .on(rental.inventoryId, inventory.inventoryId)
            .reference(Rental::getInventory, Rental::setInventory)
            .build();

    /** {@code Rental.staff}: the staff member who handled the rental. */
    public static final Relationship<Rental, Staff> RENTAL_STAFF = Relationship.manyToOne("staff", RENTAL, STAFF)
            .on(rental.staffId, staff.staffId)
            .reference(Rental::getStaff, Rental::setStaff)
            .build();

    /** {@code Payment.staff}: who took the payment. */
    public static final Relationship<Payment, Staff> PAYMENT_STAFF = Relationship.manyToOne("staff", PAYMENT, STAFF)
            .on(payment.staffId, staff.staffId)
            .reference(Payment::getStaff, Payment::setStaff)
            .build();

    /** {@code Payment.rental}: the rental paid for; null for the few payments without one. */
    public static final Relationship<Payment, Rental> PAYMENT_RENTAL = Relationship.manyToOne("rental", PAYMENT, RENTAL)
            .on(payment.rentalId, rental.rentalId)
            .reference(Payment::getRental, Payment::setRental)
            .build();

    /** Every relationship of the Sakila domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(
            FILM_LANGUAGE, FILM_ORIGINAL_LANGUAGE, FILM_ACTORS, ACTOR_FILMS, FILM_CATEGORIES,
            ADDRESS_CITY, CITY_COUNTRY,
            CUSTOMER_ADDRESS, CUSTOMER_STORE, CUSTOMER_RENTALS, CUSTOMER_PAYMENTS,
            STORE_MANAGER, STORE_ADDRESS, STORE_STAFF, STORE_INVENTORY, STAFF_STORE, STAFF_ADDRESS,
            INVENTORY_FILM, INVENTORY_STORE,
            RENTAL_INVENTORY, RENTAL_CUSTOMER, RENTAL_STAFF, PAYMENT_CUSTOMER, PAYMENT_STAFF, PAYMENT_RENTAL);

    private SakilaRelationships() {
    }
}
