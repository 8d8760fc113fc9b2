package dev.relkit.mapper.company;

import dev.relkit.model.company.Department;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;
import static dev.relkit.relation.PrefixedColumns.concat;
import static dev.relkit.relation.RelationshipPredicates.none;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.SqlBuilder.sortColumn;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Departments with {@code Department.employees}, the one side of a bidirectional one-to-many.
 *
 * <p>One joined statement loads departments and their employees, and every employee's
 * {@code department} is the same object that holds it in {@code employees}: the XML resultMap
 * {@code departmentWithEmployeesResult} resolves the back-reference to the department being built
 * (MyBatis's ancestor reference), so nothing is post-processed. Each query exists in XML
 * ({@code DepartmentMapper.xml}) and as a mybatis-dynamic-sql default method whose join or
 * {@code NOT EXISTS} comes from {@link CompanyRelationships#EMPLOYEES}; both map rows with the same
 * XML resultMap.
 */
public interface DepartmentMapper {

    String NAMESPACE = "dev.relkit.mapper.company.DepartmentMapper";

    /** The employees' role in joined queries. */
    EmployeeDynamicSqlSupport.EmployeeTable employees = employee.withAlias(EMPLOYEES.roleAlias());

    /** Department columns, then the employees' columns under the prefix {@code departmentWithEmployeesResult} expects. */
    BasicColumn[] departmentWithEmployeesSelectList = concat(department.columns(""), employees.columns("e_"));

    // ---- XML statements (DepartmentMapper.xml) ----

    /** Every department with its employees (ordered by id), from one outer-joined statement. */
    List<Department> selectAllWithEmployees();

    /** One department with its employees, from one statement; null when there is no such department. */
    Department selectWithEmployeesById(int id);

    /** Departments without any employee, through a correlated {@code NOT EXISTS}. */
    List<Department> selectWithoutEmployees();

    /** Every department's own columns, ordered by id, employees not loaded: parents for {@code RelationshipLoader}. */
    List<Department> selectAll();

    /**
     * One page of departments by id, their own columns only ({@code LIMIT}/{@code OFFSET} on the
     * departments themselves, so the page always has {@code limit} departments while there are that
     * many); load {@code employees} for the page with {@code selectIn(EMPLOYEES)}.
     */
    List<Department> selectPage(@Param("limit") int limit, @Param("offset") int offset);

    /**
     * Every department with only its {@code perDepartment} most recently hired employees (most
     * recent first; ties by higher id), in one statement: {@code ROW_NUMBER() OVER (PARTITION BY
     * department_id ORDER BY hired_at DESC)} ranks employees per department in a derived table, and
     * the outer join keeps ranks up to the limit, so a department with fewer keeps all of its
     * employees and one without any keeps an empty list. Mapped by {@code departmentWithEmployeesResult}.
     *
     * <p>XML only: mybatis-dynamic-sql 1.5.2 has no window functions (nothing renders
     * {@code ROW_NUMBER() OVER (PARTITION BY ... ORDER BY ...)}), so there is no dynamic-SQL form
     * short of a hand-written column, which would defeat the point of the builder.
     */
    List<Department> selectWithRecentEmployees(int perDepartment);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("departmentWithEmployeesResult")
    List<Department> selectManyWithEmployees(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("departmentWithEmployeesResult")
    Department selectOneWithEmployees(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("departmentResult")
    List<Department> selectMany(SelectStatementProvider selectStatement);

    /** {@link #selectPage} in mybatis-dynamic-sql: {@code .limit(limit).offset(offset)} on the departments. */
    default List<Department> selectPageDynamic(int limit, int offset) {
        return selectMany(selectPageStatement(limit, offset));
    }

    /** {@link #selectAllWithEmployees} built from the relationship declaration. */
    default List<Department> selectAllWithEmployeesDynamic() {
        return selectManyWithEmployees(selectAllWithEmployeesStatement());
    }

    /** {@link #selectWithEmployeesById} built from the relationship declaration. */
    default Department selectWithEmployeesByIdDynamic(int id) {
        return selectOneWithEmployees(selectWithEmployeesByIdStatement(id));
    }

    /** {@link #selectWithoutEmployees} built from the relationship declaration ({@code none(EMPLOYEES)}). */
    default List<Department> selectWithoutEmployeesDynamic() {
        return selectMany(selectWithoutEmployeesStatement());
    }

    /** The rendered statement of {@link #selectAllWithEmployeesDynamic}. */
    static SelectStatementProvider selectAllWithEmployeesStatement() {
        return RelationshipJoins.on(select(departmentWithEmployeesSelectList).from(department).leftJoin(employees),
                        EMPLOYEES, department, employees)
                .orderBy(sortColumn("department", department.id), sortColumn(EMPLOYEES.roleAlias(), employees.id))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectWithEmployeesByIdDynamic}. */
    static SelectStatementProvider selectWithEmployeesByIdStatement(int id) {
        return RelationshipJoins.on(select(departmentWithEmployeesSelectList).from(department).leftJoin(employees),
                        EMPLOYEES, department, employees)
                .where(department.id, isEqualTo(id))
                .orderBy(sortColumn(EMPLOYEES.roleAlias(), employees.id))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectPageDynamic}. */
    static SelectStatementProvider selectPageStatement(int limit, int offset) {
        return select(department.columns(""))
                .from(department)
                .orderBy(department.id)
                .limit(limit)
                .offset(offset)
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectWithoutEmployeesDynamic}. */
    static SelectStatementProvider selectWithoutEmployeesStatement() {
        return select(department.columns(""))
                .from(department)
                .where(none(EMPLOYEES))
                .orderBy(department.id)
                .build()
                .render(MYBATIS3);
    }
}
