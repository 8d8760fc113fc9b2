package dev.relkit.model.company;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code department}: the one side of the one-to-many
 * {@link #getEmployees() employees} / {@link Employee#getDepartment()} by
 * {@code employee.department_id}. A department may have no employees.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a department never loads or walks
 * a relationship.
 */
public class Department {

    private Integer id;
    private String name;
    private List<Employee> employees = new ArrayList<>();

    public Department() {
    }

    public Department(String name) {
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

    public List<Employee> getEmployees() {
        return employees;
    }

    public void setEmployees(List<Employee> employees) {
        this.employees = employees;
    }

    @Override
    public String toString() {
        return "Department{id=" + id + ", name='" + name + "'}";
    }
}
