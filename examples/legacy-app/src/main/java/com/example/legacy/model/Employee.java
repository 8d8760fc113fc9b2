package com.example.legacy.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A row of {@code hr_employee}. It holds both its foreign-key ids (what is written) and the objects
 * they refer to (what loaders fill): its department, its manager and reports (the management chain),
 * a home and a work address (two foreign keys to {@code hr_address}), its project assignments and
 * its skills.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an employee never walks a relationship.
 */
public class Employee {

    private Integer id;
    private String name;
    private Integer departmentId;
    private Integer managerId;
    private Integer homeAddressId;
    private Integer workAddressId;
    private LocalDate hiredOn;
    private Department department;
    private Employee manager;
    private List<Employee> reports = new ArrayList<>();
    private Address homeAddress;
    private Address workAddress;
    private List<Assignment> assignments = new ArrayList<>();
    private Set<Skill> skills = new LinkedHashSet<>();

    public Employee() {
    }

    public Employee(String name, LocalDate hiredOn) {
        this.name = name;
        this.hiredOn = hiredOn;
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

    public Integer getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Integer departmentId) {
        this.departmentId = departmentId;
    }

    public Integer getManagerId() {
        return managerId;
    }

    public void setManagerId(Integer managerId) {
        this.managerId = managerId;
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

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public void setHiredOn(LocalDate hiredOn) {
        this.hiredOn = hiredOn;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public Employee getManager() {
        return manager;
    }

    public void setManager(Employee manager) {
        this.manager = manager;
    }

    public List<Employee> getReports() {
        return reports;
    }

    public void setReports(List<Employee> reports) {
        this.reports = reports;
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

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public void setAssignments(List<Assignment> assignments) {
        this.assignments = assignments;
    }

    public Set<Skill> getSkills() {
        return skills;
    }

    public void setSkills(Set<Skill> skills) {
        this.skills = skills;
    }

    @Override
    public String toString() {
        return "Employee{id=" + id + ", name=" + name + ", departmentId=" + departmentId + ", managerId=" + managerId + "}";
    }
}
