package com.example.legacy.model;

import java.util.ArrayList;
import java.util.List;

/** A row of {@code hr_department}, with its {@link #getEmployees() employees}. */
public class Department {

    private Integer id;
    private String name;
    private String costCenter;
    private List<Employee> employees = new ArrayList<>();

    public Department() {
    }

    public Department(String name, String costCenter) {
        this.name = name;
        this.costCenter = costCenter;
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

    public String getCostCenter() {
        return costCenter;
    }

    public void setCostCenter(String costCenter) {
        this.costCenter = costCenter;
    }

    public List<Employee> getEmployees() {
        return employees;
    }

    public void setEmployees(List<Employee> employees) {
        this.employees = employees;
    }

    @Override
    public String toString() {
        return "Department{id=" + id + ", name=" + name + ", costCenter=" + costCenter + "}";
    }
}
