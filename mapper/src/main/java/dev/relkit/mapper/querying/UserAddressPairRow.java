package dev.relkit.mapper.querying;

import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;

/**
 * A user with two addresses from the same table joined twice under different aliases and filters:
 * {@code select(User, postal_address, email_only_address)}.
 */
public final class UserAddressPairRow {

    private User user;
    private Address postalAddress;
    private Address emailOnlyAddress;

    public UserAddressPairRow() {
    }

    public UserAddressPairRow(User user, Address postalAddress, Address emailOnlyAddress) {
        this.user = user;
        this.postalAddress = postalAddress;
        this.emailOnlyAddress = emailOnlyAddress;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    public Address getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(Address postalAddress) {
        this.postalAddress = postalAddress;
    }

    public Address getEmailOnlyAddress() {
        return emailOnlyAddress;
    }

    public void setEmailOnlyAddress(Address emailOnlyAddress) {
        this.emailOnlyAddress = emailOnlyAddress;
    }

    @Override
    public String toString() {
        return "UserAddressPairRow{user=" + user + ", postalAddress=" + postalAddress
                + ", emailOnlyAddress=" + emailOnlyAddress + "}";
    }
}
