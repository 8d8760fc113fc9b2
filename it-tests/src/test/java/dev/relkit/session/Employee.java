package dev.relkit.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test model over the reference {@code employee} table: the self-referential manager / reports pair. */
public class Employee {

    private Integer id;
    private String name;
    private Integer departmentId;
    private Integer managerId;
    private LocalDate hiredAt;
    private BigDecimal salary;
    private Employee manager;
    private List<Employee> reports = new ArrayList<>();

    public Employee() {
    }

    public Employee(String name, LocalDate hiredAt, BigDecimal salary) {
        this.name = name;
        this.hiredAt = hiredAt;
        this.salary = salary;
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

    public LocalDate getHiredAt() {
        return hiredAt;
    }

    public void setHiredAt(LocalDate hiredAt) {
        this.hiredAt = hiredAt;
    }

    public BigDecimal getSalary() {
        return salary;
    }

    public void setSalary(BigDecimal salary) {
        this.salary = salary;
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

    @Override
    public String toString() {
        return "Employee{id=" + id + ", name='" + name + "', managerId=" + managerId + "}";
    }
}
