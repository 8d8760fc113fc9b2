package dev.relkit.model.inheritance;

import java.math.BigDecimal;

/**
 * A person whose {@code type} is {@code 'manager'}: a row of {@code person} joined to the row of
 * {@code manager} with the same id (joined-table inheritance).
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a manager never loads or walks a
 * relationship.
 */
public class Manager extends Person {

    /** The value of {@code person.type} for a manager. */
    public static final String DISCRIMINATOR = "manager";

    private String managerName;
    private BigDecimal budget;

    public Manager() {
        super(DISCRIMINATOR, null);
    }

    public Manager(String name, String managerName, BigDecimal budget) {
        super(DISCRIMINATOR, name);
        this.managerName = managerName;
        this.budget = budget;
    }

    public String getManagerName() {
        return managerName;
    }

    public void setManagerName(String managerName) {
        this.managerName = managerName;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    @Override
    public String toString() {
        return "Manager{id=" + getId() + ", companyId=" + getCompanyId() + ", name='" + getName()
                + "', type='" + getType() + "', managerName='" + managerName + "', budget=" + budget
                + "}";
    }
}
