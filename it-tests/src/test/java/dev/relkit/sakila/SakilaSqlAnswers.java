package dev.relkit.sakila;

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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected graphs, computed without relkit: hand-written SQL on one JDBC connection (the
 * test's session connection, so it sees the test's uncommitted changes), rows grouped in plain
 * Java. Each method reads every row of its tables and keeps the requested ids, so it is as cheap for
 * one id as for the full sweep.
 */
final class SakilaSqlAnswers {

    private final Connection connection;

    SakilaSqlAnswers(Connection connection) {
        this.connection = connection;
    }

    List<Integer> ids(String sql) {
        List<Integer> ids = new ArrayList<>();
        query(sql, row -> ids.add(row.getInt(1)));
        return ids;
    }

    List<FilmView> films(Collection<Integer> ids) {
        Map<Integer, List<ActorName>> actors = new HashMap<>();
        query("SELECT fa.film_id, a.actor_id, a.first_name, a.last_name FROM sakila.film_actor fa"
                + " JOIN sakila.actor a ON a.actor_id = fa.actor_id ORDER BY fa.film_id, a.actor_id",
                row -> actors.computeIfAbsent(row.getInt(1), k -> new ArrayList<>())
                        .add(new ActorName(row.getInt(2), row.getString(3), row.getString(4))));
        Map<Integer, List<CategoryView>> categories = new HashMap<>();
        query("SELECT fc.film_id, c.category_id, c.name FROM sakila.film_category fc"
                + " JOIN sakila.category c ON c.category_id = fc.category_id ORDER BY fc.film_id, c.category_id",
                row -> categories.computeIfAbsent(row.getInt(1), k -> new ArrayList<>())
                        .add(new CategoryView(row.getInt(2), row.getString(3))));
        List<FilmView> films = new ArrayList<>();
        query("SELECT f.film_id, f.title, f.release_year, f.rental_rate, f.length, f.rating,"
                + " l.language_id, RTRIM(l.name), ol.language_id, RTRIM(ol.name)"
                + " FROM sakila.film f JOIN sakila.language l ON l.language_id = f.language_id"
                + " LEFT JOIN sakila.language ol ON ol.language_id = f.original_language_id ORDER BY f.film_id",
                row -> {
                    int id = row.getInt(1);
                    if (ids.contains(id)) {
                        Integer original = integer(row, 9);
                        films.add(new FilmView(id, row.getString(2), integer(row, 3), row.getBigDecimal(4), integer(row, 5),
                                row.getString(6), new LanguageView(row.getInt(7), row.getString(8)),
                                original == null ? null : new LanguageView(original, row.getString(10)),
                                actors.getOrDefault(id, List.of()), categories.getOrDefault(id, List.of())));
                    }
                });
        return films;
    }

    List<ActorView> actors(Collection<Integer> ids) {
        Map<Integer, List<FilmTitle>> films = new HashMap<>();
        query("SELECT fa.actor_id, f.film_id, f.title FROM sakila.film_actor fa"
                + " JOIN sakila.film f ON f.film_id = fa.film_id ORDER BY fa.actor_id, f.film_id",
                row -> films.computeIfAbsent(row.getInt(1), k -> new ArrayList<>()).add(new FilmTitle(row.getInt(2), row.getString(3))));
        List<ActorView> actors = new ArrayList<>();
        query("SELECT actor_id, first_name, last_name FROM sakila.actor ORDER BY actor_id", row -> {
            int id = row.getInt(1);
            if (ids.contains(id)) {
                actors.add(new ActorView(id, row.getString(2), row.getString(3), films.getOrDefault(id, List.of())));
            }
        });
        return actors;
    }

    List<CustomerView> customers(Collection<Integer> ids) {
        Map<Integer, List<RentalView>> rentals = new HashMap<>();
        query("SELECT r.customer_id, r.rental_id, r.rental_date, r.return_date, i.inventory_id, f.film_id, f.title, r.staff_id"
                + " FROM sakila.rental r JOIN sakila.inventory i ON i.inventory_id = r.inventory_id"
                + " JOIN sakila.film f ON f.film_id = i.film_id ORDER BY r.customer_id, r.rental_id",
                row -> rentals.computeIfAbsent(row.getInt(1), k -> new ArrayList<>()).add(new RentalView(row.getInt(2),
                        row.getObject(3, LocalDateTime.class), row.getObject(4, LocalDateTime.class),
                        new InventoryView(row.getInt(5), new FilmTitle(row.getInt(6), row.getString(7))),
                        new StaffId(row.getInt(8)))));
        Map<Integer, List<PaymentView>> payments = new HashMap<>();
        query("SELECT customer_id, payment_id, amount, payment_date, rental_id FROM sakila.payment"
                + " ORDER BY customer_id, payment_id",
                row -> payments.computeIfAbsent(row.getInt(1), k -> new ArrayList<>()).add(new PaymentView(row.getInt(2),
                        row.getBigDecimal(3), row.getObject(4, LocalDateTime.class), integer(row, 5))));
        List<CustomerView> customers = new ArrayList<>();
        query("SELECT c.customer_id, c.first_name, c.last_name, c.email, c.active,"
                + " a.address_id, a.address, a.district, a.postal_code, a.phone,"
                + " ci.city_id, ci.city, co.country_id, co.country, c.store_id"
                + " FROM sakila.customer c JOIN sakila.address a ON a.address_id = c.address_id"
                + " JOIN sakila.city ci ON ci.city_id = a.city_id JOIN sakila.country co ON co.country_id = ci.country_id"
                + " ORDER BY c.customer_id",
                row -> {
                    int id = row.getInt(1);
                    if (ids.contains(id)) {
                        customers.add(new CustomerView(id, row.getString(2), row.getString(3), row.getString(4),
                                row.getBoolean(5),
                                new CustomerAddress(row.getInt(6), row.getString(7), row.getString(8), row.getString(9),
                                        row.getString(10), new CityView(row.getInt(11), row.getString(12),
                                        new CountryView(row.getInt(13), row.getString(14)))),
                                new StoreId(row.getInt(15)),
                                rentals.getOrDefault(id, List.of()), payments.getOrDefault(id, List.of())));
                    }
                });
        return customers;
    }

    List<StoreView> stores(Collection<Integer> ids) {
        Map<Integer, List<StaffName>> staff = new HashMap<>();
        query("SELECT store_id, staff_id, first_name, last_name FROM sakila.staff ORDER BY store_id, staff_id",
                row -> staff.computeIfAbsent(row.getInt(1), k -> new ArrayList<>())
                        .add(new StaffName(row.getInt(2), row.getString(3), row.getString(4))));
        Map<Integer, Integer> inventory = new HashMap<>();
        query("SELECT store_id, COUNT(*) FROM sakila.inventory GROUP BY store_id",
                row -> inventory.put(row.getInt(1), row.getInt(2)));
        List<StoreView> stores = new ArrayList<>();
        query("SELECT s.store_id, m.staff_id, m.first_name, m.last_name, a.address_id, a.address,"
                + " ci.city_id, ci.city, co.country_id, co.country"
                + " FROM sakila.store s JOIN sakila.staff m ON m.staff_id = s.manager_staff_id"
                + " JOIN sakila.address a ON a.address_id = s.address_id"
                + " JOIN sakila.city ci ON ci.city_id = a.city_id JOIN sakila.country co ON co.country_id = ci.country_id"
                + " ORDER BY s.store_id",
                row -> {
                    int id = row.getInt(1);
                    if (ids.contains(id)) {
                        stores.add(new StoreView(id, new StaffName(row.getInt(2), row.getString(3), row.getString(4)),
                                new StoreAddress(row.getInt(5), row.getString(6), new CityView(row.getInt(7), row.getString(8),
                                        new CountryView(row.getInt(9), row.getString(10)))),
                                staff.getOrDefault(id, List.of()), inventory.getOrDefault(id, 0)));
                    }
                });
        return stores;
    }

    private static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    private void query(String sql, RowHandler handler) {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                handler.handle(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Plain SQL answer failed: " + sql + ": " + e.getMessage(), e);
        }
    }
}
