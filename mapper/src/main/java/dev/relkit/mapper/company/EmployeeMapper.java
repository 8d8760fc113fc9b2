package dev.relkit.mapper.company;

import dev.relkit.model.company.Employee;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.SelfJoinLevels;
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
    /** The manager's role in joined queries. */
    EmployeeDynamicSqlSupport.EmployeeTable manager = employee.withAlias(MANAGER.roleAlias());
    /** The subordinates' role in joined queries. */
    EmployeeDynamicSqlSupport.EmployeeTable subordinates = employee.withAlias(SUBORDINATES.roleAlias());
    /** The manager one, two and three levels up: {@code manager}, {@code manager_manager}, ... under {@code m_}, {@code m_m_}, ... */
    SelfJoinLevels<EmployeeDynamicSqlSupport.EmployeeTable> managerLevels = SelfJoinLevels.of(MANAGER, employee, "m_", 3);
    /** The subordinates one, two and three levels down, under {@code s_}, {@code s_s_}, ... */
    SelfJoinLevels<EmployeeDynamicSqlSupport.EmployeeTable> subordinateLevels = SelfJoinLevels.of(SUBORDINATES, employee, "s_", 3);

    /** Employee columns, then the department's under {@code d_} ({@code employeeWithDepartmentResult}). */
    BasicColumn[] employeeWithDepartmentSelectList = concat(employee.columns(""), departmentRole.columns("d_"));
    /** Employee, manager ({@code m_}) and subordinates ({@code s_}) ({@code employeeWithManagerAndSubordinatesResult}). */
    BasicColumn[] managerAndSubordinatesSelectList =
            concat(employee.columns(""), manager.columns("m_"), subordinates.columns("s_"));
    /** Employee and three managers up ({@code managementChainResult}). */
    BasicColumn[] managementChainSelectList = managerLevels.selectList(EmployeeDynamicSqlSupport.EmployeeTable::columns);
    /** Employee and three levels of subordinates ({@code orgChartResult}). */
    BasicColumn[] orgChartSelectList = subordinateLevels.selectList(EmployeeDynamicSqlSupport.EmployeeTable::columns);

    // ---- XML statements (EmployeeMapper.xml) ----

    /** Every employee with its department (null for the employee outside every department), one statement. */
    List<Employee> selectAllWithDepartment();

    /** Every employee's own columns, ordered by id, no relationship loaded: parents for {@code RelationshipLoader}. */
    List<Employee> selectAll();

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
        return managerLevels.leftJoinLevels(select(managementChainSelectList).from(employee))
                .where(employee.id, isEqualTo(id))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectOrgChartDynamic}: {@code SUBORDINATES} joined three times. */
    static SelectStatementProvider selectOrgChartStatement(int id) {
        return subordinateLevels.leftJoinLevels(select(orgChartSelectList).from(employee))
                .where(employee.id, isEqualTo(id))
                .orderBy(subordinateLevels.orderByLevels(employee.id))
                .build()
                .render(MYBATIS3);
    }
}
