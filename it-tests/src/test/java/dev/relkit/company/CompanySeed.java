package dev.relkit.company;

import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of {@code seed/department_employee.sql} as fresh objects with scalar columns only, for
 * building expected graphs: every call returns new objects, so a test links them as it expects.
 */
final class CompanySeed {

    private CompanySeed() {
    }

    static Department department(int id) {
        Department department = new Department(switch (id) {
            case 1 -> "Engineering";
            case 2 -> "Sales";
            case 3 -> "Support";
            case 4 -> "Legal";
            default -> throw new IllegalArgumentException("no department " + id + " in the seed");
        });
        department.setId(id);
        return department;
    }

    static Employee employee(int id) {
        return switch (id) {
            case 1 -> employee(1, "Olivia Reed", null, null, "2012-01-09", "250000.00");
            case 2 -> employee(2, "Marcus Webb", 1, 1, "2013-04-15", "180000.00");
            case 3 -> employee(3, "Priya Nair", 2, 1, "2014-06-02", "150000.00");
            case 4 -> employee(4, "Tom Becker", 1, 2, "2016-09-19", "140000.00");
            case 5 -> employee(5, "Lena Fischer", 3, 1, "2017-02-13", "95000.00");
            case 6 -> employee(6, "Sam Okafor", 1, 4, "2024-06-03", "120000.00");
            case 7 -> employee(7, "Julia Santos", 2, 3, "2023-03-27", "85000.00");
            case 8 -> employee(8, "Ken Watanabe", 1, 4, "2020-07-01", "115000.00");
            case 9 -> employee(9, "Aisha Karim", 2, 3, "2021-01-18", "82000.00");
            case 10 -> employee(10, "Noah Schmidt", 1, 4, "2022-05-09", "110000.00");
            case 11 -> employee(11, "Mia Rossi", 3, 5, "2023-08-14", "70000.00");
            case 12 -> employee(12, "Leo Martin", 1, 2, "2017-10-02", "125000.00");
            case 13 -> employee(13, "Zoe Turner", 2, 3, "2020-10-05", "78000.00");
            case 14 -> employee(14, "Omar Haddad", 2, 3, "2015-08-10", "90000.00");
            default -> throw new IllegalArgumentException("no employee " + id + " in the seed");
        };
    }

    /** A department whose employees are these seed employees, each pointing back at it. */
    static Department departmentWithEmployees(int id, Integer... employeeIds) {
        Department department = department(id);
        for (Employee employee : employees(employeeIds)) {
            employee.setDepartment(department);
            department.getEmployees().add(employee);
        }
        return department;
    }

    /** An employee whose subordinates are these (already built) employees, each pointing back at it. */
    static Employee managing(Employee manager, Employee... subordinates) {
        for (Employee subordinate : subordinates) {
            subordinate.setManager(manager);
            manager.getSubordinates().add(subordinate);
        }
        return manager;
    }

    static List<Employee> employees(Integer... ids) {
        return Arrays.stream(ids).map(CompanySeed::employee).toList();
    }

    private static Employee employee(int id, String name, Integer departmentId, Integer managerId,
                                     String hiredAt, String salary) {
        Employee employee = new Employee(name, LocalDate.parse(hiredAt), new BigDecimal(salary));
        employee.setId(id);
        employee.setDepartmentId(departmentId);
        employee.setManagerId(managerId);
        return employee;
    }
}
