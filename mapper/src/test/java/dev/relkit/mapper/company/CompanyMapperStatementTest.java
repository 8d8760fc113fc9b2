package dev.relkit.mapper.company;

import dev.relkit.mapper.XmlStatements;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The company mappers' dynamic-SQL statements, as exact SQL; DepartmentMapperIT and EmployeeMapperIT run them on MariaDB. */
class CompanyMapperStatementTest {

    private static final String DEPARTMENT_WITH_EMPLOYEES = "select department.id, department.name,"
            + " employees.id as e_id, employees.name as e_name, employees.department_id as e_department_id,"
            + " employees.manager_id as e_manager_id, employees.hired_at as e_hired_at, employees.salary as e_salary"
            + " from department left join employee employees on employees.department_id = department.id";

    private static final String EMPLOYEE = "employee.id, employee.name, employee.department_id,"
            + " employee.manager_id, employee.hired_at, employee.salary";

    private static String employeeColumns(String alias, String prefix) {
        return alias + ".id as " + prefix + "id, " + alias + ".name as " + prefix + "name, "
                + alias + ".department_id as " + prefix + "department_id, " + alias + ".manager_id as " + prefix + "manager_id, "
                + alias + ".hired_at as " + prefix + "hired_at, " + alias + ".salary as " + prefix + "salary";
    }

    @Test
    void departmentsWithEmployeesOuterJoinTheEmployeesRole() {
        assertThat(DepartmentMapper.selectAllWithEmployeesStatement().getSelectStatement())
                .isEqualTo(DEPARTMENT_WITH_EMPLOYEES + " order by department.id, employees.id");
    }

    @Test
    void oneDepartmentWithEmployeesFiltersOnTheDepartmentId() {
        SelectStatementProvider statement = DepartmentMapper.selectWithEmployeesByIdStatement(3);

        assertThat(statement.getSelectStatement()).isEqualTo(DEPARTMENT_WITH_EMPLOYEES
                + " where department.id = #{parameters.p1,jdbcType=INTEGER} order by employees.id");
        assertThat(statement.getParameters()).containsEntry("p1", 3);
    }

    @Test
    void departmentPageLimitsAndOffsetsTheDepartmentsThemselves() {
        SelectStatementProvider statement = DepartmentMapper.selectPageStatement(2, 1);

        assertThat(statement.getSelectStatement()).isEqualTo("select id, name from department order by id"
                + " limit #{parameters.p1} offset #{parameters.p2}");
        assertThat(statement.getParameters()).containsEntry("p1", 2L).containsEntry("p2", 1L);
    }

    @Test
    void recentEmployeesPerDepartmentRankInADerivedTableAndKeepTheRanksUpToTheLimit() {
        assertThat(XmlStatements.sql(DepartmentMapper.NAMESPACE, "selectWithRecentEmployees"))
                .contains("FROM department LEFT JOIN ( SELECT employee.id AS id,")
                .contains("ROW_NUMBER() OVER (PARTITION BY employee.department_id ORDER BY employee.hired_at DESC, employee.id DESC) AS hire_rank FROM employee ) recent_employees")
                .contains("ON recent_employees.department_id = department.id AND recent_employees.hire_rank <= ?")
                .endsWith("ORDER BY department.id, recent_employees.hire_rank");
    }

    @Test
    void departmentsWithoutEmployeesUseNotExistsFromTheDeclaration() {
        assertThat(DepartmentMapper.selectWithoutEmployeesStatement().getSelectStatement())
                .isEqualTo("select id, name from department where not exists (select 1 from employee employees"
                        + " where employees.department_id = department.id) order by id");
    }

    @Test
    void employeesWithDepartmentJoinTheDepartmentRole() {
        assertThat(EmployeeMapper.selectAllWithDepartmentStatement().getSelectStatement())
                .isEqualTo("select " + EMPLOYEE + ", department.id as d_id, department.name as d_name"
                        + " from employee left join department department on department.id = employee.department_id"
                        + " order by employee.id");
    }

    @Test
    void managerAndSubordinatesJoinEmployeeToItselfUnderTwoRoles() {
        SelectStatementProvider statement = EmployeeMapper.selectWithManagerAndSubordinatesByIdStatement(4);

        assertThat(statement.getSelectStatement()).isEqualTo("select " + EMPLOYEE + ", "
                + employeeColumns("manager", "m_") + ", " + employeeColumns("subordinates", "s_")
                + " from employee left join employee manager on manager.id = employee.manager_id"
                + " left join employee subordinates on subordinates.manager_id = employee.id"
                + " where employee.id = #{parameters.p1,jdbcType=INTEGER} order by subordinates.id");
        assertThat(statement.getParameters()).containsEntry("p1", 4);
    }

    @Test
    void managementChainStacksTheManagerRolePerLevel() {
        assertThat(EmployeeMapper.selectManagementChainStatement(6).getSelectStatement()).isEqualTo("select " + EMPLOYEE
                + ", " + employeeColumns("manager", "m_") + ", " + employeeColumns("manager_manager", "m_m_")
                + ", " + employeeColumns("manager_manager_manager", "m_m_m_")
                + " from employee left join employee manager on manager.id = employee.manager_id"
                + " left join employee manager_manager on manager_manager.id = manager.manager_id"
                + " left join employee manager_manager_manager on manager_manager_manager.id = manager_manager.manager_id"
                + " where employee.id = #{parameters.p1,jdbcType=INTEGER}");
    }

    @Test
    void orgChartStacksTheSubordinatesRolePerLevel() {
        assertThat(EmployeeMapper.selectOrgChartStatement(1).getSelectStatement()).isEqualTo("select " + EMPLOYEE
                + ", " + employeeColumns("subordinates", "s_") + ", " + employeeColumns("subordinates_subordinates", "s_s_")
                + ", " + employeeColumns("subordinates_subordinates_subordinates", "s_s_s_")
                + " from employee left join employee subordinates on subordinates.manager_id = employee.id"
                + " left join employee subordinates_subordinates on subordinates_subordinates.manager_id = subordinates.id"
                + " left join employee subordinates_subordinates_subordinates"
                + " on subordinates_subordinates_subordinates.manager_id = subordinates_subordinates.id"
                + " where employee.id = #{parameters.p1,jdbcType=INTEGER}"
                + " order by subordinates.id, subordinates_subordinates.id, subordinates_subordinates_subordinates.id");
    }
}
