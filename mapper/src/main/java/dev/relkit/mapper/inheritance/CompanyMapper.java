package dev.relkit.mapper.inheritance;

import dev.relkit.model.inheritance.Company;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.SubtypeJoins;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;
import org.mybatis.dynamic.sql.util.mybatis3.CommonCountMapper;

import java.util.List;

import static dev.relkit.mapper.inheritance.CompanyDynamicSqlSupport.company;
import static dev.relkit.mapper.inheritance.EngineerDynamicSqlSupport.engineer;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.EMPLOYEES;
import static dev.relkit.mapper.inheritance.InheritanceRelationships.PERSON_HIERARCHY;
import static dev.relkit.mapper.inheritance.ManagerDynamicSqlSupport.manager;
import static dev.relkit.mapper.inheritance.PersonDynamicSqlSupport.person;
import static dev.relkit.relation.RelationshipPredicates.any;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Companies with their polymorphic {@code employees}, in one statement: {@code company} outer-joined to
 * {@code person} (under the role alias {@code employees}) and to every subtype table. The XML resultMap
 * {@code companyWithEmployeesResult} applies the discriminating {@code PersonMapper.personResult}
 * under the prefix {@code e_}, so each element of the collection is of its row's subtype.
 */
public interface CompanyMapper extends CommonCountMapper {

    String NAMESPACE = "dev.relkit.mapper.inheritance.CompanyMapper";

    /** The person table in the role of {@code Company.employees}. */
    PersonDynamicSqlSupport.PersonTable employees = person.withAlias(EMPLOYEES.roleAlias());

    /** Company columns, then each employee's base and subtype columns under the prefix {@code e_}. */
    BasicColumn[] withEmployeesSelectList = {
            company.id, company.name,
            employees.id.as("e_id"), employees.companyId.as("e_company_id"), employees.name.as("e_name"),
            employees.type.as("e_type"),
            engineer.primaryLanguage.as("e_primary_language"), engineer.engineerLevel.as("e_engineer_level"),
            manager.managerName.as("e_manager_name"), manager.budget.as("e_budget")};

    // ---- XML statements (CompanyMapper.xml) ----

    /** Every company, own columns only (no employees), by id; one statement. */
    List<Company> selectAll();

    /** Every company with its employees of every subtype, companies without employees included. */
    List<Company> selectAllWithEmployees();

    /** One company with its employees, or null. */
    Company selectWithEmployeesById(int id);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("companyWithEmployeesResult")
    List<Company> selectManyWithEmployees(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithEmployees} built from {@code EMPLOYEES} and {@code PERSON_HIERARCHY}. */
    default List<Company> selectAllWithEmployeesDynamic() {
        return selectManyWithEmployees(selectAllWithEmployeesStatement());
    }

    /** Companies that have at least one employee ({@code any(EMPLOYEES)}), with their employees. */
    default List<Company> selectHavingEmployeesDynamic() {
        return selectManyWithEmployees(selectHavingEmployeesStatement());
    }

    /** The rendered statement of {@link #selectAllWithEmployeesDynamic}. */
    static SelectStatementProvider selectAllWithEmployeesStatement() {
        return withEmployees()
                .orderBy(company.id, employees.id.as("e_id"))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectHavingEmployeesDynamic}. */
    static SelectStatementProvider selectHavingEmployeesStatement() {
        return withEmployees()
                .where(any(EMPLOYEES))
                .orderBy(company.id, employees.id.as("e_id"))
                .build()
                .render(MYBATIS3);
    }

    private static QueryExpressionDSL<SelectModel>.JoinSpecificationFinisher withEmployees() {
        var withPersons = RelationshipJoins.on(select(withEmployeesSelectList).from(company).leftJoin(employees),
                EMPLOYEES, company, employees);
        return SubtypeJoins.leftJoinSubtypes(withPersons, PERSON_HIERARCHY, employees);
    }
}
