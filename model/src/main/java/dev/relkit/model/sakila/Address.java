package dev.relkit.model.sakila;

/**
 * A postal address, many-to-one to its {@link City}; referenced from three tables
 * ({@code customer}, {@code staff} and {@code store}).
 *
 * <p>Mapped to the Sakila table {@code address}; {@link #toString()} prints scalar columns only.
 */
public class Address {

    private Integer addressId;
    private String address;
    private String address2;
    private String district;
    private Integer cityId;
    private String postalCode;
    private String phone;
    private City city;

    public Address() {
    }

    public Integer getAddressId() {
        return addressId;
    }

    public void setAddressId(Integer addressId) {
        this.addressId = addressId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getAddress2() {
        return address2;
    }

    public void setAddress2(String address2) {
        this.address2 = address2;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public Integer getCityId() {
        return cityId;
    }

    public void setCityId(Integer cityId) {
        this.cityId = cityId;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public City getCity() {
        return city;
    }

    public void setCity(City city) {
        this.city = city;
    }

    @Override
    public String toString() {
        return "Address{"
                + "addressId=" + addressId
                + ", address='" + address + "'"
                + ", address2='" + address2 + "'"
                + ", district='" + district + "'"
                + ", cityId=" + cityId
                + ", postalCode='" + postalCode + "'"
                + ", phone='" + phone + "'" + "}";
    }
}
