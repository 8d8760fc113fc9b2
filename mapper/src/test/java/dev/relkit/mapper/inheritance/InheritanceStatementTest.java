package dev.relkit.mapper.inheritance;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inheritance mappers' dynamic-SQL statements, as exact SQL; InheritanceIT runs them on MariaDB. */
class InheritanceStatementTest {

    private static final String PERSON_COLUMNS = "person.id, person.company_id, person.name, person.type";

    private static final String COMPANY_WITH_EMPLOYEES = "select company.id, company.name,"
            + " employees.id as e_id, employees.company_id as e_company_id, employees.name as e_name,"
            + " employees.type as e_type,"
            + " engineer.primary_language as e_primary_language, engineer.engineer_level as e_engineer_level,"
            + " manager.manager_name as e_manager_name, manager.budget as e_budget"
            + " from company left join person employees on employees.company_id = company.id"
            + " left join engineer on engineer.id = employees.id"
            + " left join manager on manager.id = employees.id";

    @Test
    void polymorphicPersonsOuterJoinEverySubtypeTable() {
        assertThat(PersonMapper.selectAllStatement().getSelectStatement()).isEqualTo("select " + PERSON_COLUMNS
                + ", engineer.primary_language, engineer.engineer_level, manager.manager_name, manager.budget"
                + " from person left join engineer on engineer.id = person.id"
                + " left join manager on manager.id = person.id"
                + " order by id");
    }

    @Test
    void subtypeColumnCriteriaFilterTheOuterJoinedSubtypeTables() {
        var statement = PersonMapper.selectByLanguageOrMinBudgetStatement("Java", new BigDecimal("1000"));

        assertThat(statement.getSelectStatement()).isEqualTo("select " + PERSON_COLUMNS
                + ", engineer.primary_language, engineer.engineer_level, manager.manager_name, manager.budget"
                + " from person left join engineer on engineer.id = person.id"
                + " left join manager on manager.id = person.id"
                + " where engineer.primary_language = #{parameters.p1,jdbcType=VARCHAR}"
                + " or manager.budget >= #{parameters.p2,jdbcType=DECIMAL}"
                + " order by id");
        assertThat(statement.getParameters()).containsEntry("p1", "Java").containsEntry("p2", new BigDecimal("1000"));
    }

    @Test
    void selectInOfPolymorphicEmployeesFiltersByCompanyIds() {
        var statement = PersonMapper.selectByCompanyIdsStatement(List.of(1, 3));

        assertThat(statement.getSelectStatement()).isEqualTo("select " + PERSON_COLUMNS
                + ", engineer.primary_language, engineer.engineer_level, manager.manager_name, manager.budget"
                + " from person left join engineer on engineer.id = person.id"
                + " left join manager on manager.id = person.id"
                + " where person.company_id in (#{parameters.p1,jdbcType=INTEGER},#{parameters.p2,jdbcType=INTEGER})"
                + " order by company_id, id");
        assertThat(statement.getParameters()).containsEntry("p1", 1).containsEntry("p2", 3);
    }

    @Test
    void selectInWithoutIdsIsAnError() {
        assertThatThrownBy(() -> PersonMapper.selectByCompanyIdsStatement(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Company.employees select-in: no company ids given");
    }

    @Test
    void engineersOnlyInnerJoinTheEngineerTable() {
        assertThat(PersonMapper.selectEngineersStatement().getSelectStatement()).isEqualTo("select " + PERSON_COLUMNS
                + ", engineer.primary_language, engineer.engineer_level"
                + " from person join engineer on engineer.id = person.id"
                + " order by id");
    }

    @Test
    void companiesJoinEmployeesUnderTheRoleAliasThenTheSubtypeTables() {
        assertThat(CompanyMapper.selectAllWithEmployeesStatement().getSelectStatement())
                .isEqualTo(COMPANY_WITH_EMPLOYEES + " order by id, e_id");
    }

    @Test
    void companiesHavingEmployeesUseExistsFromTheRelationship() {
        assertThat(CompanyMapper.selectHavingEmployeesStatement().getSelectStatement())
                .isEqualTo(COMPANY_WITH_EMPLOYEES
                        + " where exists (select 1 from person employees where employees.company_id = company.id)"
                        + " order by id, e_id");
    }
}
