package dev.relkit.load;

import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.company.DepartmentMapper;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE_DEPARTMENT;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * {@code selectIn(EMPLOYEES).limitPerParent(3, employee.hiredAt.descending())}: each department's three
 * most recent hires in one generated statement ({@code ROW_NUMBER() OVER (PARTITION BY ...)} in a
 * derived table), the same employees as {@code DepartmentMapper.selectWithRecentEmployees}, which
 * writes that statement by hand in XML.
 */
@RelkitTest
class PerParentLimitIT {

    @Test
    void eachDepartmentsThreeMostRecentHiresComeFromOneStatement(
            SqlSession session, DepartmentMapper departments, StatementRecorder statements) {
        List<Department> parents = departments.selectAll();

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session).load(parents,
                LoadPlan.of(selectIn(EMPLOYEES).limitPerParent(3, employee.hiredAt.descending()))));

        assertThat(run).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select relkit_ranked.id, relkit_ranked.name, relkit_ranked.department_id, relkit_ranked.manager_id,"
                        + " relkit_ranked.hired_at, relkit_ranked.salary from (select id, name, department_id, manager_id,"
                        + " hired_at, salary, row_number() over (partition by department_id order by hired_at DESC, id)"
                        + " as relkit_row_number from employee where department_id in (?,?,?,?)) relkit_ranked"
                        + " where relkit_ranked.relkit_row_number <= ? order by hired_at DESC, id");
        assertThat(parents).extracting(d -> d.getEmployees().stream().map(Employee::getId).toList())
                .containsExactly(List.of(6, 10, 8), List.of(7, 9, 13), List.of(11, 5), List.of());
        List<Department> handWritten = departments.selectWithRecentEmployees(3);
        assertThat(parents).extracting(d -> d.getEmployees().stream().map(Employee::getId).toList())
                .containsExactlyElementsOf(handWritten.stream()
                        .map(d -> d.getEmployees().stream().map(Employee::getId).toList()).toList());
        for (Department department : parents) {
            department.getEmployees().forEach(e -> assertSame(department, e.getDepartment()));
        }
    }

    @Test
    void aLimitedOrNarrowedLoadLeavesTheNextPlainLoadOfTheSameShapeWhole(
            SqlSession session, DepartmentMapper departments, StatementRecorder statements) {
        List<Department> limited = departments.selectAll();
        ReferenceCatalogue.loader(session).load(limited, LoadPlan.of(selectIn(EMPLOYEES).limitPerParent(1)));
        ReferenceCatalogue.loader(session).load(departments.selectAll(), LoadPlan.of(selectIn(EMPLOYEES).loadOnly(employee.name)));
        session.clearCache();
        List<Department> plain = departments.selectAll();

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session).load(plain,
                LoadPlan.of(selectIn(EMPLOYEES))));

        assertThat(run).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, name, department_id, manager_id, hired_at, salary from employee where department_id in (?,?,?,?)"
                        + " order by id");
        assertThat(plain).extracting(d -> d.getEmployees().size()).as("every employee of the seed: 6, 5, 2 and none")
                .containsExactly(6, 5, 2, 0);
    }

    @Test
    void withoutAnOrderOfItsOwnTheRelationshipsOrderRanksAndChunksStayOneStatementEach(
            SqlSession session, DepartmentMapper departments, StatementRecorder statements) {
        List<Department> parents = departments.selectAll();

        statements.assertCount(2, () -> ReferenceCatalogue.loader(session, 2).load(parents,
                LoadPlan.of(selectIn(EMPLOYEES).limitPerParent(2))));

        assertThat(parents).extracting(d -> d.getEmployees().stream().map(Employee::getId).toList())
                .containsExactly(List.of(2, 4), List.of(3, 7), List.of(5, 11), List.of());
    }

    @Test
    void aLimitCombinesWithLoadOnlyCriteriaAndAChainedJoin(SqlSession session, DepartmentMapper departments,
                                                           StatementRecorder statements) {
        List<Department> parents = departments.selectAll();

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session).load(parents, LoadPlan.of(
                selectIn(EMPLOYEES).limitPerParent(1, employee.hiredAt.descending()).loadOnly(employee.name)
                        .where(employee.salary, org.mybatis.dynamic.sql.SqlBuilder.isLessThan(new java.math.BigDecimal("115000")))
                        .joined(EMPLOYEE_DEPARTMENT))));

        Department engineering = parents.get(0);
        Employee noah = engineering.getEmployees().get(0);
        assertThat(noah.getName()).isEqualTo("Noah Schmidt"); // Sam (120000) and Ken (115000) fail the criterion
        assertThat(noah.getSalary()).isNull();
        assertThat(noah.getHiredAt()).isNotNull(); // the ranking column is always selected
        assertSame(engineering, noah.getDepartment()); // the joined department is the parent object
        assertThat(parents.get(1).getEmployees()).extracting(Employee::getId).containsExactly(7);
    }

    @Test
    void aLimitIsRefusedWhereItCannotApply() {
        assertThatThrownBy(() -> selectIn(EMPLOYEE_DEPARTMENT).limitPerParent(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limitPerParent(3) on Employee.department: a MANY_TO_ONE has one target per owner");
        assertThatThrownBy(() -> subquery(POST_COMMENTS).limitPerParent(3))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("a per-parent limit is a select-in option");
        assertThatThrownBy(() -> joined(EMPLOYEES).limitPerParent(3))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> selectIn(EMPLOYEES).limitPerParent(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a per-parent limit must be at least 1, was 0");
    }
}
