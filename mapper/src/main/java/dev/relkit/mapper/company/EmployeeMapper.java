package dev.relkit.mapper.company;

import dev.relkit.model.company.Employee;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE_DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.MANAGER;
import static dev.relkit.mapper.company.CompanyRelationships.SUBORDINATES;
import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;
import static dev.relkit.relation.PrefixedColumns.concat;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.SqlBuilder.sortColumn;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Employees with their department (many-to-one) and the self-referential manager / subordinates
 * relationships, each loaded by one joined statement.
 *
 * <p>The self-joins name every level by its role: {@code manager}, {@code manager_manager}, ...
 * upwards and {@code subordinates}, {@code subordinates_subordinates}, ... downwards, read under
 * stacked column prefixes ({@code m_}, {@code m_m_}; {@code s_}, {@code s_s_}). Each query exists in
 * XML ({@code EmployeeMapper.xml}) and as a mybatis-dynamic-sql default method whose joins come from
 * {@link CompanyRelationships}; both map rows with the same XML resultMap.
 */
public interface EmployeeMapper {

    String NAMESPACE = "dev.relkit.mapper.company.EmployeeMapper";

    /** The department's role in joined queries ({@code department}). */
    DepartmentDynamicSqlSupport.DepartmentTable departmentRole = department.withAlias(EMPLOYEE_DEPARTMENT.roleAlias());
    /** The manager one, two and three levels up. */
    EmployeeDynamicSqlSupport.EmployeeTable manager = employee.withAlias(MANAGER.roleAlias());
    EmployeeDynamicSqlSupport.EmployeeTable managerManager = employee.withAlias(MANAGER.roleAlias() + "_" + MANAGER.roleAlias());
    EmployeeDynamicSqlSupport.EmployeeTable managerManagerManager =
            employee.withAlias(MANAGER.roleAlias() + "_" + MANAGER.roleAlias() + "_" + MANAGER.roleAlias());
    /** The subordinates one, two and three levels down. */
    EmployeeDynamicSqlSupport.EmployeeTable subordinates = employee.withAlias(SUBORDINATES.roleAlias());
    EmployeeDynamicSqlSupport.EmployeeTable subordinatesSubordinates =
            employee.withAlias(SUBORDINATES.roleAlias() + "_" + SUBORDINATES.roleAlias());
    EmployeeDynamicSqlSupport.EmployeeTable subordinatesSubordinatesSubordinates =
            employee.withAlias(SUBORDINATES.roleAlias() + "_" + SUBORDINATES.roleAlias() + "_" + SUBORDINATES.roleAlias());

    /** Employee columns, then the department's under {@code d_} ({@code employeeWithDepartmentResult}). */
    BasicColumn[] employeeWithDepartmentSelectList = concat(employee.columns(""), departmentRole.columns("d_"));
    /** Employee, manager ({@code m_}) and subordinates ({@code s_}) ({@code employeeWithManagerAndSubordinatesResult}). */
    BasicColumn[] managerAndSubordinatesSelectList =
            concat(employee.columns(""), manager.columns("m_"), subordinates.columns("s_"));
    /** Employee and three managers up ({@code managementChainResult}). */
    BasicColumn[] managementChainSelectList = concat(employee.columns(""), manager.columns("m_"),
            managerManager.columns("m_m_"), managerManagerManager.columns("m_m_m_"));
    /** Employee and three levels of subordinates ({@code orgChartResult}). */
    BasicColumn[] orgChartSelectList = concat(employee.columns(""), subordinates.columns("s_"),
            subordinatesSubordinates.columns("s_s_"), subordinatesSubordinatesSubordinates.columns("s_s_s_"));

    // ---- XML statements (EmployeeMapper.xml) ----

    /** Every employee with its department (null for the employee outside every department), one statement. */
    List<Employee> selectAllWithDepartment();

    /** One employee with its manager and its subordinates, whose manager is that same employee object. */
    Employee selectWithManagerAndSubordinatesById(int id);

    /** One employee with its manager, the manager's manager and the one above (four levels), one statement. */
    Employee selectManagementChain(int id);

    /** One employee with three levels of subordinates, each subordinate's manager set to the object above it. */
    Employee selectOrgChart(int id);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("employeeWithDepartmentResult")
    List<Employee> selectManyWithDepartment(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("employeeWithManagerAndSubordinatesResult")
    Employee selectOneWithManagerAndSubordinates(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("managementChainResult")
    Employee selectOneManagementChain(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("orgChartResult")
    Employee selectOneOrgChart(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithDepartment} built from the relationship declaration. */
    default List<Employee> selectAllWithDepartmentDynamic() {
        return selectManyWithDepartment(selectAllWithDepartmentStatement());
    }

    /** {@link #selectWithManagerAndSubordinatesById} built from the relationship declarations. */
    default Employee selectWithManagerAndSubordinatesByIdDynamic(int id) {
        return selectOneWithManagerAndSubordinates(selectWithManagerAndSubordinatesByIdStatement(id));
    }

    /** {@link #selectManagementChain} built from the relationship declaration. */
    default Employee selectManagementChainDynamic(int id) {
        return selectOneManagementChain(selectManagementChainStatement(id));
    }

    /** {@link #selectOrgChart} built from the relationship declaration. */
    default Employee selectOrgChartDynamic(int id) {
        return selectOneOrgChart(selectOrgChartStatement(id));
    }

    /** The rendered statement of {@link #selectAllWithDepartmentDynamic}. */
    static SelectStatementProvider selectAllWithDepartmentStatement() {
        return RelationshipJoins.on(select(employeeWithDepartmentSelectList).from(employee).leftJoin(departmentRole),
                        EMPLOYEE_DEPARTMENT, employee, departmentRole)
                .orderBy(sortColumn("employee", employee.id))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectWithManagerAndSubordinatesByIdDynamic}. */
    static SelectStatementProvider selectWithManagerAndSubordinatesByIdStatement(int id) {
        var withManager = RelationshipJoins.on(select(managerAndSubordinatesSelectList).from(employee).leftJoin(manager),
                MANAGER, employee, manager);
        return RelationshipJoins.on(withManager.leftJoin(subordinates), SUBORDINATES, employee, subordinates)
                .where(employee.id, isEqualTo(id))
                .orderBy(sortColumn(SUBORDINATES.roleAlias(), employee.id))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectManagementChainDynamic}: {@code MANAGER} joined three times. */
    static SelectStatementProvider selectManagementChainStatement(int id) {
        var level1 = RelationshipJoins.on(select(managementChainSelectList).from(employee).leftJoin(manager),
                MANAGER, employee, manager);
        var level2 = RelationshipJoins.on(level1.leftJoin(managerManager), MANAGER, manager, managerManager);
        return RelationshipJoins.on(level2.leftJoin(managerManagerManager), MANAGER, managerManager, managerManagerManager)
                .where(employee.id, isEqualTo(id))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectOrgChartDynamic}: {@code SUBORDINATES} joined three times. */
    static SelectStatementProvider selectOrgChartStatement(int id) {
        var level1 = RelationshipJoins.on(select(orgChartSelectList).from(employee).leftJoin(subordinates),
                SUBORDINATES, employee, subordinates);
        var level2 = RelationshipJoins.on(level1.leftJoin(subordinatesSubordinates),
                SUBORDINATES, subordinates, subordinatesSubordinates);
        return RelationshipJoins.on(level2.leftJoin(subordinatesSubordinatesSubordinates),
                        SUBORDINATES, subordinatesSubordinates, subordinatesSubordinatesSubordinates)
                .where(employee.id, isEqualTo(id))
                .orderBy(sortColumn(subordinates.tableAlias().orElseThrow(), employee.id),
                        sortColumn(subordinatesSubordinates.tableAlias().orElseThrow(), employee.id),
                        sortColumn(subordinatesSubordinatesSubordinates.tableAlias().orElseThrow(), employee.id))
                .build()
                .render(MYBATIS3);
    }
}
