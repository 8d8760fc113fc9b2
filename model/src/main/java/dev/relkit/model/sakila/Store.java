package dev.relkit.model.sakila;

import java.util.ArrayList;
import java.util.List;

/**
 * A store: managed by one {@link Staff} member ({@code manager_staff_id}) while every staff member
 * works for one store ({@code staff.store_id}), a cycle between the two tables.
 *
 * <p>Mapped to the Sakila table {@code store}; {@link #toString()} prints scalar columns only.
 */
public class Store {

    private Integer storeId;
    private Integer managerStaffId;
    private Integer addressId;
    private Staff manager;
    private Address address;
    private List<Staff> staff = new ArrayList<>();
    private List<Inventory> inventory = new ArrayList<>();

    public Store() {
    }

    public Integer getStoreId() {
        return storeId;
    }

    public void setStoreId(Integer storeId) {
        this.storeId = storeId;
    }

    public Integer getManagerStaffId() {
        return managerStaffId;
    }

    public void setManagerStaffId(Integer managerStaffId) {
        this.managerStaffId = managerStaffId;
    }

    public Integer getAddressId() {
        return addressId;
    }

    public void setAddressId(Integer addressId) {
        this.addressId = addressId;
    }

    public Staff getManager() {
        return manager;
    }

    public void setManager(Staff manager) {
        this.manager = manager;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public List<Staff> getStaff() {
        return staff;
    }

    public void setStaff(List<Staff> staff) {
        this.staff = staff;
    }

    public List<Inventory> getInventory() {
        return inventory;
    }

    public void setInventory(List<Inventory> inventory) {
        this.inventory = inventory;
    }

    @Override
    public String toString() {
        return "Store{"
                + "storeId=" + storeId
                + ", managerStaffId=" + managerStaffId
                + ", addressId=" + addressId + "}";
    }
}
