package com.example.legacy.mapper;

import com.example.legacy.model.Address;
import com.example.legacy.model.Assignment;
import com.example.legacy.model.Department;
import com.example.legacy.model.Employee;
import com.example.legacy.model.Project;
import com.example.legacy.model.Skill;
import dev.relkit.proxy.AssociationProxy;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;

import java.math.BigDecimal;
import java.util.List;

import static com.example.legacy.mapper.AddressDynamicSqlSupport.address;
import static com.example.legacy.mapper.AssignmentDynamicSqlSupport.assignment;
import static com.example.legacy.mapper.DepartmentDynamicSqlSupport.department;
import static com.example.legacy.mapper.EmployeeDynamicSqlSupport.employee;
import static com.example.legacy.mapper.EmployeeSkillDynamicSqlSupport.employeeSkill;
import static com.example.legacy.mapper.ProjectDynamicSqlSupport.project;
import static com.example.legacy.mapper.SkillDynamicSqlSupport.skill;

/**
 * The HR application's entities and relationships, declared once for relkit. Column names are the
 * legacy schema's ({@code dept_name}, {@code hire_dt}); property names are the model's. Each entity
 * names the resultMap that maps one of its rows from unprefixed columns, which relkit's generated
 * statements select under the table's own column names.
 *
 * <pre>
 * hr_employee.dept_id      ──► hr_department.dept_id   Employee.department  ◄──► Department.employees
 * hr_employee.mgr_id       ──► hr_employee.id          Employee.manager     ◄──► Employee.reports
 * hr_employee.home_addr_id ──► hr_address.addr_id      Employee.homeAddress (role alias home_address)
 * hr_employee.work_addr_id ──► hr_address.addr_id      Employee.workAddress (role alias work_address)
 * hr_assignment.emp_id     ──► hr_employee.id          Assignment.employee  ◄──► Employee.assignments
 * hr_assignment.proj_id    ──► hr_project.proj_id      Assignment.project   ◄──► Project.assignments
 * hr_emp_skill (emp_id, skill_id)                      Employee.skills      ◄──► Skill.employees
 * </pre>
 */
public final class LegacyRelationships {

    public static final EntityType<Department> DEPARTMENT = EntityType.builder(Department.class, department)
            .generatedId("id", department.deptId, Department::getId, Department::setId)
            .column("name", department.deptName, Department::getName, Department::setName)
            .column("costCenter", department.costCenter, Department::getCostCenter, Department::setCostCenter)
            .resultMap(DepartmentMapper.NAMESPACE + ".departmentResult")
            .build();

    public static final EntityType<Address> ADDRESS = EntityType.builder(Address.class, address)
            .generatedId("id", address.addrId, Address::getId, Address::setId)
            .column("street", address.street, Address::getStreet, Address::setStreet)
            .column("city", address.city, Address::getCity, Address::setCity)
            .column("postalCode", address.zipCd, Address::getPostalCode, Address::setPostalCode)
            .column("countryCode", address.countryCd, Address::getCountryCode, Address::setCountryCode)
            .resultMap(AddressMapper.NAMESPACE + ".addressResult")
            .build();

    public static final EntityType<Employee> EMPLOYEE = EntityType.builder(Employee.class, employee)
            .generatedId("id", employee.id, Employee::getId, Employee::setId)
            .column("name", employee.empName, Employee::getName, Employee::setName)
            .column("departmentId", employee.deptId, Employee::getDepartmentId, Employee::setDepartmentId)
            .column("managerId", employee.mgrId, Employee::getManagerId, Employee::setManagerId)
            .column("homeAddressId", employee.homeAddrId, Employee::getHomeAddressId, Employee::setHomeAddressId)
            .column("workAddressId", employee.workAddrId, Employee::getWorkAddressId, Employee::setWorkAddressId)
            .column("hiredOn", employee.hireDt, Employee::getHiredOn, Employee::setHiredOn)
            .resultMap(EmployeeMapper.NAMESPACE + ".employeeResult")
            .build();

    public static final EntityType<Project> PROJECT = EntityType.builder(Project.class, project)
            .generatedId("id", project.projId, Project::getId, Project::setId)
            .column("code", project.projCd, Project::getCode, Project::setCode)
            .column("name", project.projName, Project::getName, Project::setName)
            .resultMap(ProjectMapper.NAMESPACE + ".projectResult")
            .build();

    public static final EntityType<Assignment> ASSIGNMENT = EntityType.builder(Assignment.class, assignment)
            .generatedId("id", assignment.asgnId, Assignment::getId, Assignment::setId)
            .column("employeeId", assignment.empId, Assignment::getEmployeeId, Assignment::setEmployeeId)
            .column("projectId", assignment.projId, Assignment::getProjectId, Assignment::setProjectId)
            .column("role", assignment.roleNm, Assignment::getRole, Assignment::setRole)
            .column("hoursPerWeek", assignment.hoursPw, Assignment::getHoursPerWeek, Assignment::setHoursPerWeek)
            .resultMap(AssignmentMapper.NAMESPACE + ".assignmentResult")
            .build();

    public static final EntityType<Skill> SKILL = EntityType.builder(Skill.class, skill)
            .generatedId("id", skill.skillId, Skill::getId, Skill::setId)
            .column("name", skill.skillNm, Skill::getName, Skill::setName)
            .resultMap(SkillMapper.NAMESPACE + ".skillResult")
            .build();

    /** {@code Department.employees}: one-to-many through {@code dept_id}, by employee id; new employees are saved with the department. */
    public static final Relationship<Department, Employee> DEPARTMENT_EMPLOYEES =
            Relationship.oneToMany("employees", DEPARTMENT, EMPLOYEE)
                    .on(department.deptId, employee.deptId)
                    .list(Department::getEmployees, Department::setEmployees)
                    .orderBy(employee.id)
                    .backPopulates("department")
                    .build();

    /** {@code Employee.department}: the inverse of {@link #DEPARTMENT_EMPLOYEES}; null outside every department. */
    public static final Relationship<Employee, Department> EMPLOYEE_DEPARTMENT =
            Relationship.manyToOne("department", EMPLOYEE, DEPARTMENT)
                    .on(employee.deptId, department.deptId)
                    .reference(Employee::getDepartment, Employee::setDepartment)
                    .backPopulates("employees")
                    .build();

    /** {@code Employee.manager}: the self-referential many-to-one of the management chain; null at the top. */
    public static final Relationship<Employee, Employee> MANAGER = Relationship.manyToOne("manager", EMPLOYEE, EMPLOYEE)
            .on(employee.mgrId, employee.id)
            .reference(Employee::getManager, Employee::setManager)
            .backPopulates("reports")
            .build();

    /** {@code Employee.reports}: the inverse of {@link #MANAGER}, by employee id. */
    public static final Relationship<Employee, Employee> REPORTS = Relationship.oneToMany("reports", EMPLOYEE, EMPLOYEE)
            .on(employee.id, employee.mgrId)
            .list(Employee::getReports, Employee::setReports)
            .orderBy(employee.id)
            .backPopulates("manager")
            .build();

    /** {@code Employee.homeAddress}: the first of two foreign keys to {@code hr_address}, joined as {@code home_address}. */
    public static final Relationship<Employee, Address> HOME_ADDRESS = Relationship.manyToOne("homeAddress", EMPLOYEE, ADDRESS)
            .on(employee.homeAddrId, address.addrId)
            .reference(Employee::getHomeAddress, Employee::setHomeAddress)
            .build();

    /** {@code Employee.workAddress}: the second foreign key to {@code hr_address}, joined as {@code work_address}; often shared. */
    public static final Relationship<Employee, Address> WORK_ADDRESS = Relationship.manyToOne("workAddress", EMPLOYEE, ADDRESS)
            .on(employee.workAddrId, address.addrId)
            .reference(Employee::getWorkAddress, Employee::setWorkAddress)
            .build();

    /**
     * {@code Employee.assignments}: the employee's project assignments (association objects), by
     * assignment id; they are saved and deleted with the employee, and one removed from the list is deleted.
     */
    public static final Relationship<Employee, Assignment> EMPLOYEE_ASSIGNMENTS =
            Relationship.oneToMany("assignments", EMPLOYEE, ASSIGNMENT)
                    .on(employee.id, assignment.empId)
                    .list(Employee::getAssignments, Employee::setAssignments)
                    .orderBy(assignment.asgnId)
                    .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
                    .backPopulates("employee")
                    .build();

    /** {@code Assignment.employee}: the inverse of {@link #EMPLOYEE_ASSIGNMENTS}. */
    public static final Relationship<Assignment, Employee> ASSIGNMENT_EMPLOYEE =
            Relationship.manyToOne("employee", ASSIGNMENT, EMPLOYEE)
                    .on(assignment.empId, employee.id)
                    .reference(Assignment::getEmployee, Assignment::setEmployee)
                    .backPopulates("assignments")
                    .build();

    /** {@code Assignment.project}: the project an assignment is on. */
    public static final Relationship<Assignment, Project> ASSIGNMENT_PROJECT =
            Relationship.manyToOne("project", ASSIGNMENT, PROJECT)
                    .on(assignment.projId, project.projId)
                    .reference(Assignment::getProject, Assignment::setProject)
                    .backPopulates("assignments")
                    .build();

    /** {@code Project.assignments}: the inverse of {@link #ASSIGNMENT_PROJECT}, by assignment id. */
    public static final Relationship<Project, Assignment> PROJECT_ASSIGNMENTS =
            Relationship.oneToMany("assignments", PROJECT, ASSIGNMENT)
                    .on(project.projId, assignment.projId)
                    .list(Project::getAssignments, Project::setAssignments)
                    .orderBy(assignment.asgnId)
                    .backPopulates("project")
                    .build();

    /** {@code Employee.skills}: many-to-many through the pure link table {@code hr_emp_skill}, by skill name. */
    public static final Relationship<Employee, Skill> EMPLOYEE_SKILLS = Relationship.manyToMany("skills", EMPLOYEE, SKILL)
            .secondary(employeeSkill)
            .on(employee.id, employeeSkill.empId)
            .secondaryOn(employeeSkill.skillId, skill.skillId)
            .set(Employee::getSkills, Employee::setSkills)
            .orderBy(skill.skillNm)
            .backPopulates("employees")
            .build();

    /** {@code Skill.employees}: the inverse of {@link #EMPLOYEE_SKILLS}, by employee id. */
    public static final Relationship<Skill, Employee> SKILL_EMPLOYEES = Relationship.manyToMany("employees", SKILL, EMPLOYEE)
            .secondary(employeeSkill)
            .on(skill.skillId, employeeSkill.skillId)
            .secondaryOn(employeeSkill.empId, employee.id)
            .set(Skill::getEmployees, Skill::setEmployees)
            .orderBy(employee.id)
            .backPopulates("skills")
            .build();

    /** Every relationship of the application. */
    public static final List<Relationship<?, ?>> ALL = List.of(
            DEPARTMENT_EMPLOYEES, EMPLOYEE_DEPARTMENT, MANAGER, REPORTS, HOME_ADDRESS, WORK_ADDRESS,
            EMPLOYEE_ASSIGNMENTS, ASSIGNMENT_EMPLOYEE, ASSIGNMENT_PROJECT, PROJECT_ASSIGNMENTS,
            EMPLOYEE_SKILLS, SKILL_EMPLOYEES);

    /** The metamodel of {@link #ALL}, which {@code Relkit.bind} takes. */
    public static final Metamodel METAMODEL = Metamodel.of(ALL);

    /**
     * {@code Employee.projects}: the projects behind an employee's assignments, as a live list. A
     * project added through it gets a new assignment ({@code member}, 8 hours a week unless the
     * caller's creator says otherwise) in {@code Employee.assignments} and {@code Project.assignments};
     * one removed takes its assignment out, which delete-orphan then deletes.
     */
    public static final AssociationProxy<Employee, Assignment, Project> PROJECTS = AssociationProxy
            .of(EMPLOYEE_ASSIGNMENTS, ASSIGNMENT_PROJECT, added -> new Assignment("member", new BigDecimal("8.0")))
            .backPopulating(METAMODEL);

    private LegacyRelationships() {
    }
}
