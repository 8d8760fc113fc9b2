package com.example.legacy.model;

import java.math.BigDecimal;

/**
 * A row of {@code hr_assignment}: the association object between an {@link Employee} and a
 * {@link Project}, with columns of its own (the employee's role on the project and the hours a week).
 */
public class Assignment {

    private Integer id;
    private Integer employeeId;
    private Integer projectId;
    private String role;
    private BigDecimal hoursPerWeek;
    private Employee employee;
    private Project project;

    public Assignment() {
    }

    public Assignment(String role, BigDecimal hoursPerWeek) {
        this.role = role;
        this.hoursPerWeek = hoursPerWeek;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(Integer employeeId) {
        this.employeeId = employeeId;
    }

    public Integer getProjectId() {
        return projectId;
    }

    public void setProjectId(Integer projectId) {
        this.projectId = projectId;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public Employee getEmployee() {
        return employee;
    }

    public void setEmployee(Employee employee) {
        this.employee = employee;
    }

    public Project getProject() {
        return project;
    }

    public void setProject(Project project) {
        this.project = project;
    }

    @Override
    public String toString() {
        return "Assignment{id=" + id + ", employeeId=" + employeeId + ", projectId=" + projectId + ", role=" + role + "}";
    }
}
