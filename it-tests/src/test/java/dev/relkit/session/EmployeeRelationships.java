package dev.relkit.session;

import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.LocalDate;
import java.util.List;

/**
 * Test-only declarations over the reference {@code employee} table: an adjacency list, where rows of
 * one type depend on each other, so the unit of work must order them row by row.
 */
final class EmployeeRelationships {

    static final EmployeeTable employee = new EmployeeTable();

    static final EntityType<Employee> EMPLOYEE = EntityType.builder(Employee.class, employee)
            .generatedId("id", employee.id, Employee::getId, Employee::setId)
            .column("name", employee.name, Employee::getName, Employee::setName)
            .column("departmentId", employee.departmentId, Employee::getDepartmentId, Employee::setDepartmentId)
            .column("managerId", employee.managerId, Employee::getManagerId, Employee::setManagerId)
            .column("hiredAt", employee.hiredAt, Employee::getHiredAt, Employee::setHiredAt)
            .column("salary", employee.salary, Employee::getSalary, Employee::setSalary)
            .resultMap(CascadeTestMapper.NAMESPACE + ".employeeResult")
            .build();

    static final Relationship<Employee, Employee> MANAGER = Relationship.manyToOne("manager", EMPLOYEE, EMPLOYEE)
            .on(employee.managerId, employee.id)
            .reference(Employee::getManager, Employee::setManager)
            .backPopulates("reports")
            .build();

    static final Relationship<Employee, Employee> REPORTS = Relationship.oneToMany("reports", EMPLOYEE, EMPLOYEE)
            .on(employee.id, employee.managerId)
            .list(Employee::getReports, Employee::setReports)
            .backPopulates("manager")
            .build();

    static final List<Relationship<?, ?>> ALL = List.of(MANAGER, REPORTS);

    private EmployeeRelationships() {
    }

    static final class EmployeeTable extends AliasableSqlTable<EmployeeTable> {
        final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
        final SqlColumn<Integer> departmentId = column("department_id", JDBCType.INTEGER);
        final SqlColumn<Integer> managerId = column("manager_id", JDBCType.INTEGER);
        final SqlColumn<LocalDate> hiredAt = column("hired_at", JDBCType.DATE);
        final SqlColumn<BigDecimal> salary = column("salary", JDBCType.DECIMAL);

        EmployeeTable() {
            super("employee", EmployeeTable::new);
        }
    }
}
