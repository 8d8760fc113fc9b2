package dev.relkit.mapper.company;

import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;

import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;

/**
 * The company domain's entities and relationships, declared once: the bidirectional one-to-many
 * department / employees, and the self-referential adjacency list manager / subordinates.
 *
 * <pre>
 * employee.department_id ──► department.id   Employee.department ◄──► Department.employees
 * employee.manager_id    ──► employee.id     Employee.manager    ◄──► Employee.subordinates
 * </pre>
 */
public final class CompanyRelationships {

    public static final EntityType<Department> DEPARTMENT = EntityType.fromTable(Department.class, department)
            .generatedId(department.id)
            .resultMap(DepartmentMapper.NAMESPACE + ".departmentResult")
            .build();

    public static final EntityType<Employee> EMPLOYEE = EntityType.fromTable(Employee.class, employee)
            .generatedId(employee.id)
            .resultMap(EmployeeMapper.NAMESPACE + ".employeeResult")
            .build();

    /** {@code Department.employees}: one-to-many through {@code employee.department_id}, ordered by employee id. */
    public static final RelationshipPair<Department, Employee> EMPLOYEES_PAIR = Relationship.oneToMany("employees", DEPARTMENT, EMPLOYEE)
            .on(department.id, employee.departmentId)
            .list(Department::getEmployees, Department::setEmployees)
            .orderBy(employee.id)
            .withInverse("department", inverse -> inverse.reference(Employee::getDepartment, Employee::setDepartment))
            .build();
    public static final Relationship<Department, Employee> EMPLOYEES = EMPLOYEES_PAIR.relationship();
    /** {@code Employee.department}: many-to-one through {@code employee.department_id}; null outside every department. */
    public static final Relationship<Employee, Department> EMPLOYEE_DEPARTMENT = EMPLOYEES_PAIR.inverse();

    /** {@code Employee.manager}: self-referential many-to-one through {@code employee.manager_id}; null at the top. */
    public static final RelationshipPair<Employee, Employee> MANAGER_PAIR = Relationship.manyToOne("manager", EMPLOYEE, EMPLOYEE)
            .on(employee.managerId, employee.id)
            .reference(Employee::getManager, Employee::setManager)
            .withInverse("subordinates", inverse -> inverse
                    .list(Employee::getSubordinates, Employee::setSubordinates)
                    .orderBy(employee.id))
            .build();
    public static final Relationship<Employee, Employee> MANAGER = MANAGER_PAIR.relationship();
    /** {@code Employee.subordinates}: the inverse of {@link #MANAGER}, ordered by employee id. */
    public static final Relationship<Employee, Employee> SUBORDINATES = MANAGER_PAIR.inverse();

    /** Every relationship of the company domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(EMPLOYEES, EMPLOYEE_DEPARTMENT, MANAGER, SUBORDINATES);

    private CompanyRelationships() {
    }
}
