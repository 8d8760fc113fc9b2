package dev.relkit.model.company;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DepartmentTest {

    @Test
    void toStringNeverTouchesTheEmployees() {
        Department engineering = department(1, "Engineering");
        Employee tripwire = new Employee("Sam Okafor", LocalDate.of(2024, 6, 3), BigDecimal.TEN) {
            @Override
            public String toString() {
                throw new AssertionError("Department.toString() walked its employees");
            }
        };
        tripwire.setDepartment(engineering);
        engineering.getEmployees().add(tripwire);

        assertThat(engineering).hasToString("Department{id=1, name='Engineering'}");
    }

    @Test
    void toStringStopsAtRelationshipsThatLoopBack() {
        // department <-> employee and employee <-> manager cycles: printing any of them recursing
        // into a relationship would overflow the stack
        Department engineering = department(1, "Engineering");
        Employee marcus = employee(2, "Marcus Webb", engineering, null);
        Employee tom = employee(4, "Tom Becker", engineering, marcus);
        marcus.setManager(tom);
        marcus.getSubordinates().add(tom);
        tom.getSubordinates().add(marcus);

        assertThat(engineering).hasToString("Department{id=1, name='Engineering'}");
        assertThat(tom).hasToString("Employee{id=4, name='Tom Becker', departmentId=1, managerId=2,"
                + " hiredAt=2016-09-19, salary=140000.00}");
    }

    private static Department department(int id, String name) {
        Department department = new Department(name);
        department.setId(id);
        return department;
    }

    private static Employee employee(int id, String name, Department department, Employee manager) {
        BigDecimal salary = new BigDecimal("140000.00");
        Employee employee = new Employee(name, LocalDate.of(2016, 9, 19), salary);
        employee.setId(id);
        employee.setDepartment(department);
        employee.setDepartmentId(department.getId());
        department.getEmployees().add(employee);
        if (manager != null) {
            employee.setManager(manager);
            employee.setManagerId(manager.getId());
        }
        return employee;
    }
}
