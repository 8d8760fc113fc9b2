package dev.relkit.mapper.querying;

import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;

/**
 * One result row holding two entities, SQLAlchemy's {@code select(User, Address)}: each row of the
 * join is one {@code UserAddressRow}, so a user with two addresses appears in two rows. The address is
 * {@code null} for a row of an outer join that found none.
 */
public final class UserAddressRow {

    private User user;
    private Address address;

    public UserAddressRow() {
    }

    public UserAddressRow(User user, Address address) {
        this.user = user;
        this.address = address;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    @Override
    public String toString() {
        return "UserAddressRow{user=" + user + ", address=" + address + "}";
    }
}
