package dev.relkit.model.inheritance;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code company}: the one side of the polymorphic one-to-many
 * {@link #getEmployees() employees}, whose elements are {@link Person}, {@link Engineer} or
 * {@link Manager} according to {@code person.type}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a company never loads or walks a
 * relationship.
 */
public class Company {

    private Integer id;
    private String name;
    private List<Person> employees = new ArrayList<>();

    public Company() {
    }

    public Company(String name) {
        this.name = name;
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

    public List<Person> getEmployees() {
        return employees;
    }

    public void setEmployees(List<Person> employees) {
        this.employees = employees;
    }

    @Override
    public String toString() {
        return "Company{id=" + id + ", name='" + name + "'}";
    }
}
