package dev.relkit.model.sakila;

/**
 * A staff member of one {@link Store}; one of them manages it (see {@link Store#getManager()}).
 *
 * <p>Mapped to the Sakila table {@code staff}; {@link #toString()} prints scalar columns only.
 */
public class Staff {

    private Integer staffId;
    private String firstName;
    private String lastName;
    private Integer addressId;
    private String email;
    private Integer storeId;
    private Boolean active;
    private String username;
    private Address address;
    private Store store;

    public Staff() {
    }

    public Integer getStaffId() {
        return staffId;
    }

    public void setStaffId(Integer staffId) {
        this.staffId = staffId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public Integer getAddressId() {
        return addressId;
    }

    public void setAddressId(Integer addressId) {
        this.addressId = addressId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public Store getStore() {
        return store;
    }

    public void setStore(Store store) {
        this.store = store;
    }

    @Override
    public String toString() {
        return "Staff{"
                + "staffId=" + staffId
                + ", firstName='" + firstName + "'"
                + ", lastName='" + lastName + "'"
                + ", addressId=" + addressId
                + ", email='" + email + "'"
                + ", storeId=" + storeId
                + ", active=" + active
                + ", username='" + username + "'" + "}";
    }
}
