package dev.relkit.relation;

import dev.relkit.relation.Staffing.Badge;
import dev.relkit.relation.Staffing.Department;
import dev.relkit.relation.Staffing.DepartmentTable;
import dev.relkit.relation.Staffing.Employee;
import dev.relkit.relation.Staffing.EmployeeTable;
import org.junit.jupiter.api.Test;

import static dev.relkit.relation.Staffing.BADGE;
import static dev.relkit.relation.Staffing.DEPARTMENT;
import static dev.relkit.relation.Staffing.EMPLOYEE;
import static dev.relkit.relation.Staffing.badge;
import static dev.relkit.relation.Staffing.department;
import static dev.relkit.relation.Staffing.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.equalTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/** Select lists and column prefixes derived from relationship paths, for dynamic SQL and for XML. */
class SelectListTest {

    static final Relationship<Badge, Employee> BADGE_HOLDER = Relationship.manyToOne("holder", BADGE, EMPLOYEE)
            .on(badge.employeeId, employee.id).reference(Badge::getEmployee, Badge::setEmployee).build();
    static final Relationship<Employee, Department> EMPLOYEE_DEPARTMENT = Relationship.manyToOne("homeDepartment", EMPLOYEE, DEPARTMENT)
            .on(employee.departmentId, department.id).reference(Employee::getDepartment, Employee::setDepartment).build();

    @Test
    void aPathStacksItsRoleAliasesIntoThePrefix() {
        RelationshipPath path = RelationshipPath.of(BADGE_HOLDER, EMPLOYEE_DEPARTMENT);

        assertThat(path.prefix()).isEqualTo("holder__home_department__");
        assertThat(path.alias()).isEqualTo("home_department");
        assertThat(path.root()).isSameAs(BADGE);
        assertThat(path.target()).isSameAs(DEPARTMENT);
        assertThat(path).isEqualTo(RelationshipPath.of(BADGE_HOLDER).then(EMPLOYEE_DEPARTMENT));
        assertThat(path).hasToString("Badge.holder -> Employee.homeDepartment");
    }

    @Test
    void aPathThatDoesNotContinueIsRefusedNamingBothRelationships() {
        assertThatThrownBy(() -> RelationshipPath.of(EMPLOYEE_DEPARTMENT, BADGE_HOLDER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RelationshipPath: Badge.holder cannot follow Employee.homeDepartment, which leads to"
                        + " Department, not to Badge");
    }

    @Test
    void rendersTheDynamicSqlSelectListWithPathPrefixes() {
        EmployeeTable holder = employee.withAlias("holder");
        DepartmentTable homeDepartment = department.withAlias("home_department");
        SelectList list = SelectList.of(BADGE, badge)
                .and(RelationshipPath.of(BADGE_HOLDER), holder)
                .and(RelationshipPath.of(BADGE_HOLDER, EMPLOYEE_DEPARTMENT), homeDepartment);

        String sql = select(list.columns()).from(badge)
                .join(holder).on(badge.employeeId, equalTo(holder.id))
                .join(homeDepartment).on(holder.departmentId, equalTo(homeDepartment.id))
                .build().render(MYBATIS3).getSelectStatement();

        assertThat(sql).isEqualTo("select badge.id, badge.employee_id,"
                + " holder.id as holder__id, holder.department_id as holder__department_id,"
                + " home_department.id as holder__home_department__id, home_department.name as holder__home_department__name"
                + " from badge join employee holder on badge.employee_id = holder.id"
                + " join department home_department on holder.department_id = home_department.id");
    }

    @Test
    void rendersTheSameListAsTextForXml() {
        SelectList list = SelectList.of(BADGE, badge)
                .and(RelationshipPath.of(BADGE_HOLDER), employee.withAlias("holder"))
                .and(RelationshipPath.of(BADGE_HOLDER, EMPLOYEE_DEPARTMENT), department.withAlias("home_department"));

        assertThat(list.sql()).isEqualTo("badge.id, badge.employee_id,"
                + " holder.id as holder__id, holder.department_id as holder__department_id,"
                + " home_department.id as holder__home_department__id, home_department.name as holder__home_department__name");
    }

    @Test
    void aTableOfAnotherEntityOrAPathFromAnotherRootIsRefused() {
        SelectList list = SelectList.of(BADGE, badge);

        assertThatThrownBy(() -> list.and(RelationshipPath.of(BADGE_HOLDER), department))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SelectList: the table department given for Badge.holder is not Employee's table employee");
        assertThatThrownBy(() -> list.and(RelationshipPath.of(EMPLOYEE_DEPARTMENT), department))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SelectList of Badge: the path Employee.homeDepartment starts at Employee, not at Badge");
        assertThatThrownBy(() -> list.and(RelationshipPath.of(BADGE_HOLDER), employee).and(RelationshipPath.of(BADGE_HOLDER), employee))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is listed twice");
        assertThatThrownBy(() -> SelectList.of(BADGE, Staffing.project))
                .hasMessage("SelectList: the table project given for Badge is not Badge's table badge");
    }
}
