package dev.relkit.model.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code employee}, in two relationships:
 * <ul>
 *   <li>many-to-one {@link #getDepartment() department} by {@code department_id}
 *       ({@code null} for an employee outside every department);</li>
 *   <li>the self-referential adjacency list {@link #getManager() manager} /
 *       {@link #getSubordinates() subordinates} by {@code manager_id} ({@code null} at the top of
 *       the management chain).</li>
 * </ul>
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an employee never loads or walks a
 * relationship.
 */
public class Employee {

    private Integer id;
    private String name;
    private Integer departmentId;
    private Integer managerId;
    private LocalDate hiredAt;
    private BigDecimal salary;
    private Department department;
    private Employee manager;
    private List<Employee> subordinates = new ArrayList<>();

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

    public List<Employee> getSubordinates() {
        return subordinates;
    }

    public void setSubordinates(List<Employee> subordinates) {
        this.subordinates = subordinates;
    }

    @Override
    public String toString() {
        return "Employee{id=" + id + ", name='" + name + "', departmentId=" + departmentId
                + ", managerId=" + managerId + ", hiredAt=" + hiredAt + ", salary=" + salary + "}";
    }
}
