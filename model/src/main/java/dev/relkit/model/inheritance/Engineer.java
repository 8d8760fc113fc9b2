package dev.relkit.model.inheritance;

/**
 * A person whose {@code type} is {@code 'engineer'}: a row of {@code person} joined to the row of
 * {@code engineer} with the same id (joined-table inheritance).
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an engineer never loads or walks a
 * relationship.
 */
public class Engineer extends Person {

    /** The value of {@code person.type} for an engineer. */
    public static final String DISCRIMINATOR = "engineer";

    private String primaryLanguage;
    private String engineerLevel;

    public Engineer() {
        super(DISCRIMINATOR, null);
    }

    public Engineer(String name, String primaryLanguage, String engineerLevel) {
        super(DISCRIMINATOR, name);
        this.primaryLanguage = primaryLanguage;
        this.engineerLevel = engineerLevel;
    }

    public String getPrimaryLanguage() {
        return primaryLanguage;
    }

    public void setPrimaryLanguage(String primaryLanguage) {
        this.primaryLanguage = primaryLanguage;
    }

    public String getEngineerLevel() {
        return engineerLevel;
    }

    public void setEngineerLevel(String engineerLevel) {
        this.engineerLevel = engineerLevel;
    }

    @Override
    public String toString() {
        return "Engineer{id=" + getId() + ", companyId=" + getCompanyId() + ", name='" + getName()
                + "', type='" + getType() + "', primaryLanguage='" + primaryLanguage
                + "', engineerLevel='" + engineerLevel + "'}";
    }
}
