package dev.relkit.mapper.company;

import dev.relkit.mapper.tree.TreeRelationships;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.SelfJoinLevels;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.render.RenderingStrategies;

import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE_DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.MANAGER;
import static dev.relkit.mapper.company.CompanyRelationships.SUBORDINATES;
import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;
import static dev.relkit.relation.RelationshipPredicates.any;
import static dev.relkit.relation.RelationshipPredicates.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/** The company and tree declarations: inverses pair up, and self-referential EXISTS and levels render from them. */
class CompanyRelationshipsTest {

    @Test
    void everyBackPopulatesNamesItsInverse() {
        Metamodel company = Metamodel.of(CompanyRelationships.ALL);
        Metamodel tree = Metamodel.of(TreeRelationships.ALL);

        assertThat(company.inverseOf(EMPLOYEES)).contains(EMPLOYEE_DEPARTMENT);
        assertThat(company.inverseOf(EMPLOYEE_DEPARTMENT)).contains(EMPLOYEES);
        assertThat(company.inverseOf(MANAGER)).contains(SUBORDINATES);
        assertThat(tree.inverseOf(TreeRelationships.NODE_CHILDREN)).contains(TreeRelationships.NODE_PARENT);
        assertThat(tree.inverseOf(TreeRelationships.CATEGORY_PARENT)).contains(TreeRelationships.CATEGORY_CHILDREN);
    }

    @Test
    void selfReferentialExistsUsesTheRoleAliasInsideTheSubquery() {
        String managedByMarcus = select(employee.name).from(employee)
                .where(has(MANAGER, employee.name, isEqualTo("Marcus Webb")))
                .build().render(RenderingStrategies.MYBATIS3).getSelectStatement();
        String managers = select(employee.name).from(employee).where(any(SUBORDINATES))
                .build().render(RenderingStrategies.MYBATIS3).getSelectStatement();
        String staffed = select(department.name).from(department).where(any(EMPLOYEES))
                .build().render(RenderingStrategies.MYBATIS3).getSelectStatement();

        assertThat(managedByMarcus).isEqualTo("select name from employee where exists (select 1 from employee manager"
                + " where manager.id = employee.manager_id and manager.name = #{parameters.p1,jdbcType=VARCHAR})");
        assertThat(managers).isEqualTo("select name from employee where exists"
                + " (select 1 from employee subordinates where subordinates.manager_id = employee.id)");
        assertThat(staffed).isEqualTo("select name from department where exists"
                + " (select 1 from employee employees where employees.department_id = department.id)");
    }

    @Test
    void selfJoinLevelsRejectANonSelfReferentialRelationshipAndADepthBelowOne() {
        assertThatThrownBy(() -> SelfJoinLevels.of(EMPLOYEES, department, "e_", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Department.employees points from Department to Employee");
        assertThatThrownBy(() -> SelfJoinLevels.of(MANAGER, employee, "m_", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("depth of Employee.manager must be at least 1, was 0");
    }
}
