package dev.relkit.model.sakila;

/**
 * A city, many-to-one to its {@link Country}.
 *
 * <p>Mapped to the Sakila table {@code city}; {@link #toString()} prints scalar columns only.
 */
public class City {

    private Integer cityId;
    private String city;
    private Integer countryId;
    private Country country;

    public City() {
    }

    public Integer getCityId() {
        return cityId;
    }

    public void setCityId(Integer cityId) {
        this.cityId = cityId;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Integer getCountryId() {
        return countryId;
    }

    public void setCountryId(Integer countryId) {
        this.countryId = countryId;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    @Override
    public String toString() {
        return "City{"
                + "cityId=" + cityId
                + ", city='" + city + "'"
                + ", countryId=" + countryId + "}";
    }
}
