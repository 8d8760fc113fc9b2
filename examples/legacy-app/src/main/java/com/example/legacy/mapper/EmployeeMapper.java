package com.example.legacy.mapper;

import com.example.legacy.model.Employee;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.util.List;

import static com.example.legacy.mapper.AddressDynamicSqlSupport.address;
import static com.example.legacy.mapper.EmployeeDynamicSqlSupport.employee;
import static com.example.legacy.mapper.LegacyRelationships.HOME_ADDRESS;
import static com.example.legacy.mapper.LegacyRelationships.WORK_ADDRESS;
import static dev.relkit.relation.PrefixedColumns.concat;
import static dev.relkit.relation.PrefixedColumns.of;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Employees with their two addresses (two foreign keys to {@code hr_address}) and the management
 * chain. Each joined query exists in XML ({@code EmployeeMapper.xml}) and, for the addresses, as a
 * mybatis-dynamic-sql default method whose joins come from {@link LegacyRelationships#HOME_ADDRESS}
 * and {@link LegacyRelationships#WORK_ADDRESS}; both map rows with the same XML resultMap.
 */
public interface EmployeeMapper extends CommonCountMapper {

    String NAMESPACE = "com.example.legacy.mapper.EmployeeMapper";

    /** The home address's role in joined queries ({@code home_address}). */
    AddressDynamicSqlSupport.AddressTable homeAddress = address.withAlias(HOME_ADDRESS.roleAlias());
    /** The work address's role in joined queries ({@code work_address}). */
    AddressDynamicSqlSupport.AddressTable workAddress = address.withAlias(WORK_ADDRESS.roleAlias());

    /** Employee columns, then each address under the prefix {@code employeeWithAddressesResult} expects ({@code ha_}, {@code wa_}). */
    BasicColumn[] withAddressesSelectList = concat(
            of("", employee.id, employee.empName, employee.deptId, employee.mgrId, employee.homeAddrId,
                    employee.workAddrId, employee.hireDt),
            of("ha_", homeAddress.addrId, homeAddress.street, homeAddress.city, homeAddress.zipCd, homeAddress.countryCd),
            of("wa_", workAddress.addrId, workAddress.street, workAddress.city, workAddress.zipCd, workAddress.countryCd));

    // ---- XML statements (EmployeeMapper.xml) ----

    /** A department's employees with home and work address, one outer-joined statement. */
    List<Employee> selectWithAddressesByDepartment(int departmentId);

    /** A department's employees, own columns only: parents for relkit's loader. */
    List<Employee> selectByDepartment(int departmentId);

    /**
     * The employee {@code rootId} and everyone below it, one flat row each, by depth then id, from
     * one recursive statement; {@code maxDepth} null for every level.
     */
    List<Employee> selectReportingLine(@Param("rootId") int rootId, @Param("maxDepth") Integer maxDepth);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("employeeWithAddressesResult")
    List<Employee> selectManyWithAddresses(SelectStatementProvider selectStatement);

    /** {@link #selectWithAddressesByDepartment} built from the relationship declarations. */
    default List<Employee> selectWithAddressesByDepartmentDynamic(int departmentId) {
        return selectManyWithAddresses(selectWithAddressesByDepartmentStatement(departmentId));
    }

    /** The rendered statement of {@link #selectWithAddressesByDepartmentDynamic}. */
    static SelectStatementProvider selectWithAddressesByDepartmentStatement(int departmentId) {
        var withHome = RelationshipJoins.on(select(withAddressesSelectList).from(employee).leftJoin(homeAddress),
                HOME_ADDRESS, employee, homeAddress);
        return RelationshipJoins.on(withHome.leftJoin(workAddress), WORK_ADDRESS, employee, workAddress)
                .where(employee.deptId, isEqualTo(departmentId))
                .orderBy(employee.id)
                .build()
                .render(MYBATIS3);
    }
}
