package dev.relkit.model.user;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code user_account}, the hub of three relationship patterns:
 * <ul>
 *   <li>one-to-many {@link #getAddresses() addresses}, by {@code address.user_id};</li>
 *   <li>two many-to-ones to the same table, {@link #getHomeAddress() homeAddress} and
 *       {@link #getWorkAddress() workAddress}, by {@code home_address_id} and
 *       {@code work_address_id}; an address in either need not be one of the user's own
 *       {@code addresses};</li>
 *   <li>one-to-one {@link #getProfile() profile}, by the unique {@code user_profile.user_id}
 *       ({@code null} when the user has none).</li>
 * </ul>
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a user never loads or walks a
 * relationship.
 */
public class User {

    private Integer id;
    private String name;
    private String fullname;
    private Integer homeAddressId;
    private Integer workAddressId;
    private Address homeAddress;
    private Address workAddress;
    private List<Address> addresses = new ArrayList<>();
    private UserProfile profile;

    public User() {
    }

    public User(String name, String fullname) {
        this.name = name;
        this.fullname = fullname;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFullname() {
        return fullname;
    }

    public void setFullname(String fullname) {
        this.fullname = fullname;
    }

    public Integer getHomeAddressId() {
        return homeAddressId;
    }

    public void setHomeAddressId(Integer homeAddressId) {
        this.homeAddressId = homeAddressId;
    }

    public Integer getWorkAddressId() {
        return workAddressId;
    }

    public void setWorkAddressId(Integer workAddressId) {
        this.workAddressId = workAddressId;
    }

    public Address getHomeAddress() {
        return homeAddress;
    }

    public void setHomeAddress(Address homeAddress) {
        this.homeAddress = homeAddress;
    }

    public Address getWorkAddress() {
        return workAddress;
    }

    public void setWorkAddress(Address workAddress) {
        this.workAddress = workAddress;
    }

    public List<Address> getAddresses() {
        return addresses;
    }

    public void setAddresses(List<Address> addresses) {
        this.addresses = addresses;
    }

    public UserProfile getProfile() {
        return profile;
    }

    public void setProfile(UserProfile profile) {
        this.profile = profile;
    }

    @Override
    public String toString() {
        return "User{id=" + id + ", name='" + name + "', fullname='" + fullname
                + "', homeAddressId=" + homeAddressId + ", workAddressId=" + workAddressId + "}";
    }
}
