package dev.relkit.model.sakila;

/**
 * One copy of a {@link Film} held by a {@link Store}.
 *
 * <p>Mapped to the Sakila table {@code inventory}; {@link #toString()} prints scalar columns only.
 */
public class Inventory {

    private Integer inventoryId;
    private Integer filmId;
    private Integer storeId;
    private Film film;
    private Store store;

    public Inventory() {
    }

    public Integer getInventoryId() {
        return inventoryId;
    }

    public void setInventoryId(Integer inventoryId) {
        this.inventoryId = inventoryId;
    }

    public Integer getFilmId() {
        return filmId;
    }

    public void setFilmId(Integer filmId) {
        this.filmId = filmId;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public Film getFilm() {
        return film;
    }

    public void setFilm(Film film) {
        this.film = film;
    }

    public Store getStore() {
        return store;
    }

    public void setStore(Store store) {
        this.store = store;
    }

    @Override
    public String toString() {
        return "Inventory{"
                + "inventoryId=" + inventoryId
                + ", filmId=" + filmId
                + ", storeId=" + storeId + "}";
    }
}
