package dev.relkit.relation;

import dev.relkit.relation.Staffing.Badge;
import dev.relkit.relation.Staffing.Department;
import dev.relkit.relation.Staffing.Employee;
import dev.relkit.relation.Staffing.Project;
import org.junit.jupiter.api.Test;

import static dev.relkit.relation.Staffing.BADGE;
import static dev.relkit.relation.Staffing.DEPARTMENT;
import static dev.relkit.relation.Staffing.EMPLOYEE;
import static dev.relkit.relation.Staffing.PROJECT;
import static dev.relkit.relation.Staffing.assignment;
import static dev.relkit.relation.Staffing.badge;
import static dev.relkit.relation.Staffing.department;
import static dev.relkit.relation.Staffing.employee;
import static dev.relkit.relation.Staffing.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A back-populated pair declared once: kinds, joins and back-population of both sides derived from one declaration. */
class RelationshipPairTest {

    @Test
    void manyToOneWithACollectionInverseIsAOneToManyOnTheReversedJoin() {
        RelationshipPair<Employee, Department> pair = Relationship.manyToOne("department", EMPLOYEE, DEPARTMENT)
                .on(employee.departmentId, department.id)
                .reference(Employee::getDepartment, Employee::setDepartment)
                .withInverse("employees", employees -> employees
                        .list(Department::getEmployees, Department::setEmployees)
                        .orderBy(employee.name)
                        .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN))
                .build();

        Relationship<Department, Employee> employees = pair.inverse();
        assertThat(pair.relationship().kind()).isEqualTo(RelationshipKind.MANY_TO_ONE);
        assertThat(employees.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
        assertThat(employees.qualifiedName()).isEqualTo("Department.employees");
        assertThat(employees.ownerJoin()).containsExactly(new JoinColumns(department.id, employee.departmentId));
        assertThat(employees.orderBy()).containsExactly(employee.name);
        assertThat(employees.cascades()).containsExactlyInAnyOrder(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN);
        assertThat(pair.relationship().backPopulates()).contains("employees");
        assertThat(employees.backPopulates()).contains("department");

        Metamodel metamodel = Metamodel.of(pair.both());
        assertThat(metamodel.inverseOf(pair.relationship())).containsSame(employees);
        assertThat(metamodel.inverseOf(employees)).containsSame(pair.relationship());
    }

    @Test
    void manyToOneWithAReferenceInverseIsAOneToOne() {
        RelationshipPair<Badge, Employee> pair = Relationship.manyToOne("employee", BADGE, EMPLOYEE)
                .on(badge.employeeId, employee.id)
                .reference(Badge::getEmployee, Badge::setEmployee)
                .withInverse("badge", inverse -> inverse.reference(Employee::getBadge, Employee::setBadge))
                .build();

        assertThat(pair.inverse().kind()).isEqualTo(RelationshipKind.ONE_TO_ONE);
        assertThat(pair.inverse().ownerJoin()).containsExactly(new JoinColumns(employee.id, badge.employeeId));
    }

    @Test
    void oneToOneDeclaredFromTheSideWithoutTheKeyYieldsTheManyToOne() {
        RelationshipPair<Employee, Badge> pair = Relationship.oneToOne("badge", EMPLOYEE, BADGE)
                .on(employee.id, badge.employeeId)
                .reference(Employee::getBadge, Employee::setBadge)
                .withInverse("employee", inverse -> inverse.reference(Badge::getEmployee, Badge::setEmployee))
                .build();

        assertThat(pair.inverse().kind()).isEqualTo(RelationshipKind.MANY_TO_ONE);
        assertThat(pair.inverse().ownerJoin()).containsExactly(new JoinColumns(badge.employeeId, employee.id));
        assertThat(Metamodel.of(pair.both()).inverseOf(pair.inverse())).containsSame(pair.relationship());
    }

    @Test
    void manyToManyInverseGoesThroughTheSameLinkTableTheOtherWay() {
        RelationshipPair<Employee, Project> pair = Relationship.manyToMany("projects", EMPLOYEE, PROJECT)
                .on(employee.id, assignment.employeeId)
                .secondary(assignment)
                .secondaryOn(assignment.projectId, project.id)
                .set(Employee::getProjects, Employee::setProjects)
                .withInverse("staff", staff -> staff.list(Project::getStaff, Project::setStaff).viewOnly())
                .build();

        Relationship<Project, Employee> staff = pair.inverse();
        assertThat(staff.kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
        assertThat(staff.secondary()).containsSame(assignment);
        assertThat(staff.ownerJoin()).containsExactly(new JoinColumns(project.id, assignment.projectId));
        assertThat(staff.secondaryJoin()).containsExactly(new JoinColumns(assignment.employeeId, employee.id));
        assertThat(staff.viewOnly()).isTrue();
        assertThat(pair.relationship().viewOnly()).isFalse();
    }

    @Test
    void anInverseThatDeclaresAJoinIsRefusedNamingBothSides() {
        assertThatThrownBy(() -> Relationship.manyToOne("department", EMPLOYEE, DEPARTMENT)
                .on(employee.departmentId, department.id)
                .reference(Employee::getDepartment, Employee::setDepartment)
                .withInverse("employees", employees -> employees.on(department.id, employee.departmentId)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Department.employees: on(...) on the inverse of Employee.department, whose join and"
                        + " back-population it takes; declare them on Employee.department");
    }

    @Test
    void anInverseWithoutItsPropertyFailsAtBuildNamingIt() {
        assertThatThrownBy(() -> Relationship.manyToOne("department", EMPLOYEE, DEPARTMENT)
                .on(employee.departmentId, department.id)
                .reference(Employee::getDepartment, Employee::setDepartment)
                .withInverse("employees", employees -> employees.orderBy(employee.name))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Department.employees: a ONE_TO_MANY relationship needs list(...), set(...) or keyedMap(...)");
    }

    @Test
    void aSideThatAlreadyNamesItsInverseIsRefused() {
        assertThatThrownBy(() -> Relationship.manyToOne("department", EMPLOYEE, DEPARTMENT)
                .on(employee.departmentId, department.id)
                .reference(Employee::getDepartment, Employee::setDepartment)
                .backPopulates("employees")
                .withInverse("employees", employees -> employees.list(Department::getEmployees)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Employee.department: already back-populates employees");
    }
}
