package dev.relkit.model.sakila;

/**
 * A country: the end of the {@code address -> city -> country} chain.
 *
 * <p>Mapped to the Sakila table {@code country}; {@link #toString()} prints scalar columns only.
 */
public class Country {

    private Integer countryId;
    private String country;

    public Country() {
    }

    public Integer getCountryId() {
        return countryId;
    }

    public void setCountryId(Integer countryId) {
        this.countryId = countryId;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    @Override
    public String toString() {
        return "Country{"
                + "countryId=" + countryId
                + ", country='" + country + "'" + "}";
    }
}
