package dev.relkit.model.user;

/**
 * A row of {@code address}: the many side of {@link User#getAddresses()} through
 * {@code user_id}, which may be {@code null} (an address nobody owns), and the target of the
 * {@code homeAddress} / {@code workAddress} many-to-ones.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an address never loads or walks a
 * relationship.
 */
public class Address {

    private Integer id;
    private Integer userId;
    private String emailAddress;
    private String street;
    private String city;
    private String postalCode;
    private User user;

    public Address() {
    }

    public Address(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public Address(String emailAddress, String street, String city, String postalCode) {
        this.emailAddress = emailAddress;
        this.street = street;
        this.city = city;
        this.postalCode = postalCode;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getUserId() {
        return userId;
    }

    public void setUserId(Integer userId) {
        this.userId = userId;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "Address{id=" + id + ", userId=" + userId + ", emailAddress='" + emailAddress
                + "', street='" + street + "', city='" + city + "', postalCode='" + postalCode
                + "'}";
    }
}
