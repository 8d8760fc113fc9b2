package dev.relkit.model.sakila;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A film: two many-to-one relationships to {@link Language} ({@code language} and
 * {@code originalLanguage}, through {@code language_id} and {@code original_language_id}) and two
 * many-to-many relationships ({@code actors} through {@code film_actor}, {@code categories} through
 * {@code film_category}).
 *
 * <p>Mapped to the Sakila table {@code film}; {@link #toString()} prints scalar columns only.
 */
public class Film {

    private Integer filmId;
    private String title;
    private String description;
    private Integer releaseYear;
    private Integer languageId;
    private Integer originalLanguageId;
    private Integer rentalDuration;
    private BigDecimal rentalRate;
    private Integer length;
    private BigDecimal replacementCost;
    private String rating;
    private Language language;
    private Language originalLanguage;
    private List<Actor> actors = new ArrayList<>();
    private List<Category> categories = new ArrayList<>();

    public Film() {
    }

    public Integer getFilmId() {
        return filmId;
    }

    public void setFilmId(Integer filmId) {
        this.filmId = filmId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getReleaseYear() {
        return releaseYear;
    }

    public void setReleaseYear(Integer releaseYear) {
        this.releaseYear = releaseYear;
    }

    public Integer getLanguageId() {
        return languageId;
    }

    public void setLanguageId(Integer languageId) {
        this.languageId = languageId;
    }

    public Integer getOriginalLanguageId() {
        return originalLanguageId;
    }

    public void setOriginalLanguageId(Integer originalLanguageId) {
        this.originalLanguageId = originalLanguageId;
    }

    public Integer getRentalDuration() {
        return rentalDuration;
    }

    public void setRentalDuration(Integer rentalDuration) {
        this.rentalDuration = rentalDuration;
    }

    public BigDecimal getRentalRate() {
        return rentalRate;
    }

    public void setRentalRate(BigDecimal rentalRate) {
        this.rentalRate = rentalRate;
    }

    public Integer getLength() {
        return length;
    }

    public void setLength(Integer length) {
        this.length = length;
    }

    public BigDecimal getReplacementCost() {
        return replacementCost;
    }

    public void setReplacementCost(BigDecimal replacementCost) {
        this.replacementCost = replacementCost;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(Language originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public List<Actor> getActors() {
        return actors;
    }

    public void setActors(List<Actor> actors) {
        this.actors = actors;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public void setCategories(List<Category> categories) {
        this.categories = categories;
    }

    @Override
    public String toString() {
        return "Film{"
                + "filmId=" + filmId
                + ", title='" + title + "'"
                + ", description='" + description + "'"
                + ", releaseYear=" + releaseYear
                + ", languageId=" + languageId
                + ", originalLanguageId=" + originalLanguageId
                + ", rentalDuration=" + rentalDuration
                + ", rentalRate=" + rentalRate
                + ", length=" + length
                + ", replacementCost=" + replacementCost
                + ", rating='" + rating + "'" + "}";
    }
}
