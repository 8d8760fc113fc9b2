package dev.relkit.model.sakila;

import java.time.LocalDateTime;

/**
 * An association object between an {@link Inventory} copy and a {@link Customer}, with its own
 * columns (dates) and the {@link Staff} member who handled it. {@code returnDate} is null while the
 * copy is out.
 *
 * <p>Mapped to the Sakila table {@code rental}; {@link #toString()} prints scalar columns only.
 */
public class Rental {

    private Integer rentalId;
    private LocalDateTime rentalDate;
    private Integer inventoryId;
    private Integer customerId;
    private LocalDateTime returnDate;
    private Integer staffId;
    private Inventory inventory;
    private Customer customer;
    private Staff staff;

    public Rental() {
    }

    public Integer getRentalId() {
        return rentalId;
    }

    public void setRentalId(Integer rentalId) {
        this.rentalId = rentalId;
    }

    public LocalDateTime getRentalDate() {
        return rentalDate;
    }

    public void setRentalDate(LocalDateTime rentalDate) {
        this.rentalDate = rentalDate;
    }

    public Integer getInventoryId() {
        return inventoryId;
    }

    public void setInventoryId(Integer inventoryId) {
        this.inventoryId = inventoryId;
    }

    public Integer getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Integer customerId) {
        this.customerId = customerId;
    }

    public LocalDateTime getReturnDate() {
        return returnDate;
    }

    public void setReturnDate(LocalDateTime returnDate) {
        this.returnDate = returnDate;
    }

    public Integer getStaffId() {
        return staffId;
    }

    public void setStaffId(Integer staffId) {
        this.staffId = staffId;
    }

    public Inventory getInventory() {
        return inventory;
    }

    public void setInventory(Inventory inventory) {
        this.inventory = inventory;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Staff getStaff() {
        return staff;
    }

    public void setStaff(Staff staff) {
        this.staff = staff;
    }

    @Override
    public String toString() {
        return "Rental{"
                + "rentalId=" + rentalId
                + ", rentalDate=" + rentalDate
                + ", inventoryId=" + inventoryId
                + ", customerId=" + customerId
                + ", returnDate=" + returnDate
                + ", staffId=" + staffId + "}";
    }
}
