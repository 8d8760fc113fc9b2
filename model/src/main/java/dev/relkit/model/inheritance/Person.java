package dev.relkit.model.inheritance;

/**
 * The base class of a joined-table inheritance hierarchy: a row of {@code person}, whose
 * {@code type} column (the discriminator) says whether the rest of the object lives in
 * {@code engineer} ({@link Engineer}), in {@code manager} ({@link Manager}) or nowhere (a plain
 * person). Subclass rows share the person's id. {@link #getCompany() company} is the many-to-one
 * inverse of {@link Company#getEmployees()}.
 *
 * <p>Each constructor sets {@code type} to the class's {@code DISCRIMINATOR}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a person never loads or walks a
 * relationship.
 */
public class Person {

    /** The value of {@code person.type} for a plain person. */
    public static final String DISCRIMINATOR = "person";

    private Integer id;
    private Integer companyId;
    private String name;
    private String type;
    private Company company;

    public Person() {
        this.type = DISCRIMINATOR;
    }

    public Person(String name) {
        this.type = DISCRIMINATOR;
        this.name = name;
    }

    /** For subclasses: a person whose discriminator is {@code type}. */
    protected Person(String type, String name) {
        this.type = type;
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Integer companyId) {
        this.companyId = companyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Company getCompany() {
        return company;
    }

    public void setCompany(Company company) {
        this.company = company;
    }

    @Override
    public String toString() {
        return "Person{id=" + id + ", companyId=" + companyId + ", name='" + name + "', type='"
                + type + "'}";
    }
}
