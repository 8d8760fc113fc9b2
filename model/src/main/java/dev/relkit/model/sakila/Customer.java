package dev.relkit.model.sakila;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer of one {@link Store}, living at an {@link Address}, with the rentals and payments
 * (association objects) that reference them.
 *
 * <p>Mapped to the Sakila table {@code customer}; {@link #toString()} prints scalar columns only.
 */
public class Customer {

    private Integer customerId;
    private Integer storeId;
    private String firstName;
    private String lastName;
    private String email;
    private Integer addressId;
    private Boolean active;
    private LocalDateTime createDate;
    private Address address;
    private Store store;
    private List<Rental> rentals = new ArrayList<>();
    private List<Payment> payments = new ArrayList<>();

    public Customer() {
    }

    public Integer getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getAddressId() {
        return addressId;
    }

    public void setAddressId(Integer addressId) {
        this.addressId = addressId;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public LocalDateTime getCreateDate() {
        return createDate;
    }

    public void setCreateDate(LocalDateTime createDate) {
        this.createDate = createDate;
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

    public List<Rental> getRentals() {
        return rentals;
    }

    public void setRentals(List<Rental> rentals) {
        this.rentals = rentals;
    }

    public List<Payment> getPayments() {
        return payments;
    }

    public void setPayments(List<Payment> payments) {
        this.payments = payments;
    }

    @Override
    public String toString() {
        return "Customer{"
                + "customerId=" + customerId
                + ", storeId=" + storeId
                + ", firstName='" + firstName + "'"
                + ", lastName='" + lastName + "'"
                + ", email='" + email + "'"
                + ", addressId=" + addressId
                + ", active=" + active
                + ", createDate=" + createDate + "}";
    }
}
