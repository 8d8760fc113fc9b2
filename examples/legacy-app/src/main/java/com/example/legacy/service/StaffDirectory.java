package com.example.legacy.service;

import com.example.legacy.mapper.DepartmentMapper;
import com.example.legacy.mapper.EmployeeMapper;
import com.example.legacy.model.Department;
import com.example.legacy.model.Employee;
import dev.relkit.Relkit;
import dev.relkit.load.LoadPlan;
import dev.relkit.relation.AdjacencyList;
import org.apache.ibatis.session.SqlSession;

import java.util.List;
import java.util.Optional;

import static com.example.legacy.mapper.EmployeeDynamicSqlSupport.employee;
import static com.example.legacy.mapper.LegacyRelationships.ASSIGNMENT_PROJECT;
import static com.example.legacy.mapper.LegacyRelationships.DEPARTMENT_EMPLOYEES;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE_ASSIGNMENTS;
import static com.example.legacy.mapper.LegacyRelationships.EMPLOYEE_SKILLS;
import static com.example.legacy.mapper.LegacyRelationships.MANAGER;
import static com.example.legacy.mapper.LegacyRelationships.REPORTS;
import static com.example.legacy.mapper.LegacyRelationships.WORK_ADDRESS;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Read-side queries over the caller's {@link SqlSession} (one per request), each a fixed number of
 * statements whatever the number of rows.
 */
public final class StaffDirectory {

    /**
     * Departments → employees (select-in) with each employee's work address joined into that
     * statement, and their assignments (select-in) with each assignment's project joined.
     */
    public static final LoadPlan DEPARTMENTS_WITH_STAFF = LoadPlan.of(selectIn(DEPARTMENT_EMPLOYEES)
            .joined(WORK_ADDRESS)
            .with(selectIn(EMPLOYEE_ASSIGNMENTS).joined(ASSIGNMENT_PROJECT)));

    private static final AdjacencyList<Employee> MANAGEMENT_CHAIN = AdjacencyList.of(MANAGER, REPORTS);

    private final Relkit relkit;

    public StaffDirectory(Relkit relkit) {
        this.relkit = relkit;
    }

    /**
     * Every department with its employees, their work addresses, assignments and projects: 3
     * statements. Within the load a row is one object: colleagues at one office share its
     * {@code Address}, assignments on one project share its {@code Project}.
     */
    public List<Department> departmentsWithStaff(SqlSession session) {
        List<Department> departments = session.getMapper(DepartmentMapper.class).selectAll();
        return relkit.loader(session).load(departments, DEPARTMENTS_WITH_STAFF);
    }

    /**
     * A department's employees with their skills: 2 statements, the skills' selected by a subquery
     * over the employees' own query (no key list).
     */
    public List<Employee> staffWithSkills(SqlSession session, int departmentId) {
        return relkit.loader(session).query(EMPLOYEE,
                select(employee.id, employee.empName, employee.deptId, employee.mgrId, employee.homeAddrId,
                        employee.workAddrId, employee.hireDt)
                        .from(employee)
                        .where(employee.deptId, isEqualTo(departmentId))
                        .orderBy(employee.id),
                LoadPlan.of(subquery(EMPLOYEE_SKILLS)));
    }

    /**
     * The employee and everyone below it, linked into a tree through {@code Employee.reports} and
     * {@code Employee.manager}: 1 recursive statement. Empty when there is no such employee.
     */
    public Optional<Employee> reportingLine(SqlSession session, int employeeId) {
        List<Employee> rows = session.getMapper(EmployeeMapper.class).selectReportingLine(employeeId, null);
        return MANAGEMENT_CHAIN.link(rows).stream().findFirst();
    }
}
