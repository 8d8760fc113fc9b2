package com.example.legacy.model;

import java.util.LinkedHashSet;
import java.util.Set;

/** A row of {@code hr_skill}; employees hold skills through the link table {@code hr_emp_skill}. */
public class Skill {

    private Integer id;
    private String name;
    private Set<Employee> employees = new LinkedHashSet<>();

    public Skill() {
    }

    public Skill(String name) {
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

    public Set<Employee> getEmployees() {
        return employees;
    }

    public void setEmployees(Set<Employee> employees) {
        this.employees = employees;
    }

    @Override
    public String toString() {
        return "Skill{id=" + id + ", name=" + name + "}";
    }
}
