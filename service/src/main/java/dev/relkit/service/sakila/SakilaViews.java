package dev.relkit.service.sakila;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Read views of Sakila object graphs with exactly the fields of the {@code graph} contract, as
 * records (the domain model stays plain; these are what {@code relkit-demo graph} prints as JSON and
 * what the integration tests compute independently with plain SQL and compare).
 *
 * <p>Component names are the JSON property names. Collections are in primary-key order, null stays
 * null, money is {@link BigDecimal}, timestamps are {@link LocalDateTime}.
 */
public final class SakilaViews {

    private SakilaViews() {
    }

    /** {@code graph film ID}. */
    public record FilmView(Integer filmId, String title, Integer releaseYear, BigDecimal rentalRate, Integer length,
                           String rating, LanguageView language, LanguageView originalLanguage,
                           List<ActorName> actors, List<CategoryView> categories) {
    }

    /** A language; {@code name} without the trailing spaces of its {@code CHAR(20)} column. */
    public record LanguageView(Integer languageId, String name) {
    }

    public record ActorName(Integer actorId, String firstName, String lastName) {
    }

    public record CategoryView(Integer categoryId, String name) {
    }

    /** {@code graph actor ID}. */
    public record ActorView(Integer actorId, String firstName, String lastName, List<FilmTitle> films) {
    }

    public record FilmTitle(Integer filmId, String title) {
    }

    /** {@code graph customer ID}. */
    public record CustomerView(Integer customerId, String firstName, String lastName, String email, Boolean active,
                               CustomerAddress address, StoreId store, List<RentalView> rentals,
                               List<PaymentView> payments) {
    }

    public record CustomerAddress(Integer addressId, String address, String district, String postalCode, String phone,
                                  CityView city) {
    }

    public record CityView(Integer cityId, String city, CountryView country) {
    }

    public record CountryView(Integer countryId, String country) {
    }

    public record StoreId(Integer storeId) {
    }

    /** A rental; {@code returnDate} is null while the copy is out. */
    public record RentalView(Integer rentalId, LocalDateTime rentalDate, LocalDateTime returnDate,
                             InventoryView inventory, StaffId staff) {
    }

    public record InventoryView(Integer inventoryId, FilmTitle film) {
    }

    public record StaffId(Integer staffId) {
    }

    /** A payment; {@code rentalId} is null for the few payments without a rental. */
    public record PaymentView(Integer paymentId, BigDecimal amount, LocalDateTime paymentDate, Integer rentalId) {
    }

    /** {@code graph store ID}. */
    public record StoreView(Integer storeId, StaffName manager, StoreAddress address, List<StaffName> staff,
                            int inventoryCount) {
    }

    public record StaffName(Integer staffId, String firstName, String lastName) {
    }

    public record StoreAddress(Integer addressId, String address, CityView city) {
    }
}
