package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.company.DepartmentMapper;
import dev.relkit.mapper.company.EmployeeMapper;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.load.DetachedInstanceException;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.relkit.mapper.company.CompanyRelationships.DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE_DEPARTMENT;
import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.mapper.company.DepartmentMapper.departmentWithEmployeesSelectList;
import static dev.relkit.mapper.company.DepartmentMapper.employees;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;
import static dev.relkit.mapper.company.EmployeeMapper.departmentRole;
import static dev.relkit.mapper.company.EmployeeMapper.employeeWithDepartmentSelectList;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mybatis.dynamic.sql.SqlBuilder.isLike;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.SqlBuilder.sortColumn;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Every loader strategy on the company one-to-many {@code Department.employees} and its inverse
 * many-to-one {@code Employee.department}, with 1, 10 and 1000 generated parents so that "constant
 * in N" is measured; pagination with eager collections; the N most recent employees per
 * department in one window-function statement; lazy stand-ins that never load from
 * {@code toString}/{@code equals}/{@code hashCode}.
 *
 * <p>Seed (department_employee.sql): Engineering (1) employs 2, 4, 6, 8, 10, 12; Sales (2) 3, 7, 9,
 * 13, 14; Support (3) 5, 11; Legal (4) nobody; Olivia Reed (1) has no department.
 */
@RelkitTest
class CompanyLoadingIT {

    /** Larger than any key list here, so a select-in costs one statement however many parents there are. */
    private static final int ONE_CHUNK = 5000;

    private static final int EMPLOYEES_EACH = 2;

    // ---- Department.employees (one-to-many), every strategy, 1 / 10 / 1000 parents ----

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void selectInLoadsEveryDepartmentsEmployeesInOneStatement(int parents, SqlSession session, DepartmentMapper departments,
                                                             StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        List<Department> loaded = departments.selectMany(generatedDepartments());
        assertThat(loaded).hasSize(parents);

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, ONE_CHUNK).load(loaded, LoadPlan.of(selectIn(EMPLOYEES))));

        assertEveryGeneratedDepartmentHasItsEmployees(loaded);
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void selectInWithTheDefaultChunkSizeCostsOneStatementPer500Keys(int parents, SqlSession session,
                                                                  DepartmentMapper departments, StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        List<Department> loaded = departments.selectMany(generatedDepartments());
        int chunks = (parents + RelationshipLoader.DEFAULT_CHUNK_SIZE - 1) / RelationshipLoader.DEFAULT_CHUNK_SIZE;

        statements.assertCount(chunks, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(selectIn(EMPLOYEES))));

        assertEveryGeneratedDepartmentHasItsEmployees(loaded);
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void joinedLoadsDepartmentsAndEmployeesInTheParentsStatementOnly(int parents, SqlSession session,
                                                                    DepartmentMapper departments, StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        var joinedQuery = RelationshipJoins.on(select(departmentWithEmployeesSelectList).from(department).leftJoin(employees),
                        EMPLOYEES, department, employees)
                .where(department.name, isLike("gen-dept-%"))
                .orderBy(sortColumn("department", department.id), sortColumn(EMPLOYEES.roleAlias(), employees.id))
                .build().render(MYBATIS3);

        List<Department> loaded = statements.assertCount(1, () -> ReferenceCatalogue.loader(session, ONE_CHUNK)
                .load(departments.selectManyWithEmployees(joinedQuery), LoadPlan.of(joined(EMPLOYEES))));

        assertThat(loaded).hasSize(parents);
        assertEveryGeneratedDepartmentHasItsEmployees(loaded);
        assertThat(loaded).allSatisfy(d -> assertThat(d.getEmployees()).allSatisfy(e -> assertThat(e.getDepartment()).isSameAs(d)));
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void subqueryLoadsEmployeesThroughTheParentQueryInOneStatement(int parents, SqlSession session,
                                                                  StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);

        List<RecordedStatement> run = new ArrayList<>();
        List<Department> loaded = new ArrayList<>();
        run.addAll(statements.record(() -> loaded.addAll(ReferenceCatalogue.loader(session)
                .query(DEPARTMENT, generatedDepartmentsQuery(), LoadPlan.of(subquery(EMPLOYEES))))));

        assertThat(run).hasSize(2); // parents, then all their employees: no key list, so no chunking either
        assertThat(run.get(1).oneLineSql()).contains("where department_id in (select relkit_parent.id from (select id, name"
                + " from department where name like ? order by id) relkit_parent)");
        assertThat(run.get(1).parameters()).containsExactly("gen-dept-%");
        assertThat(loaded).hasSize(parents);
        assertEveryGeneratedDepartmentHasItsEmployees(loaded);
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void lazyRunsNothingUntilTouchedThenOneStatementPerDepartmentTouched(int parents, SqlSession session,
                                                                        DepartmentMapper departments,
                                                                        StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        List<Department> loaded = departments.selectMany(generatedDepartments());

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(lazy(EMPLOYEES))));
        assertThat(statements.assertCount(1, () -> loaded.get(0).getEmployees().size())).isEqualTo(EMPLOYEES_EACH);
        statements.assertCount(0, () -> loaded.get(0).getEmployees().get(1));
        statements.assertCount(parents - 1, () -> loaded.forEach(d -> d.getEmployees().size())); // the N+1 lazy costs

        assertEveryGeneratedDepartmentHasItsEmployees(loaded);
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void raiseRunsNothingAndFailsOnTouchNamingEntityRelationshipAndKey(int parents, SqlSession session,
                                                                     DepartmentMapper departments,
                                                                     StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        List<Department> loaded = departments.selectMany(generatedDepartments());

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(raise(EMPLOYEES))));

        Department last = loaded.get(parents - 1);
        statements.assertCount(0, () -> assertThatThrownBy(() -> last.getEmployees().isEmpty())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Department.employees").hasMessageContaining("Department#" + last.getId()));
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void noLoadRunsNothingAndLeavesEveryCollectionEmpty(int parents, SqlSession session, DepartmentMapper departments,
                                                       StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        List<Department> loaded = departments.selectMany(generatedDepartments());

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(noLoad(EMPLOYEES))));

        assertThat(loaded).hasSize(parents).allSatisfy(d -> assertThat(d.getEmployees()).isEmpty());
    }

    @Test
    void selectInOnTheSeedGivesEachDepartmentItsEmployeesInIdOrderAndLegalNone(SqlSession session, DepartmentMapper departments,
                                                                              StatementRecorder statements) {
        List<Department> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(departments.selectAll(), LoadPlan.of(selectIn(EMPLOYEES))));

        assertThat(loaded).extracting(Department::getName, d -> ids(d.getEmployees())).containsExactly(
                tuple("Engineering", List.of(2, 4, 6, 8, 10, 12)),
                tuple("Sales", List.of(3, 7, 9, 13, 14)),
                tuple("Support", List.of(5, 11)),
                tuple("Legal", List.of()));
        assertThat(loaded.get(2).getEmployees()).extracting(Employee::getName, e -> e.getHiredAt().toString(), Employee::getManagerId)
                .containsExactly(tuple("Lena Fischer", "2017-02-13", 1), tuple("Mia Rossi", "2023-08-14", 5));
    }

    // ---- Employee.department (many-to-one), every strategy, 1 / 10 / 1000 departments ----

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void selectInLoadsEachDistinctDepartmentOnceAndSharesItBetweenItsEmployees(int parents, SqlSession session,
                                                                             EmployeeMapper employeeMapper,
                                                                             StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        List<Employee> loaded = generatedEmployees(session);

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session, ONE_CHUNK)
                .load(loaded, LoadPlan.of(selectIn(EMPLOYEE_DEPARTMENT))));

        assertThat(run).singleElement().satisfies(s -> assertThat(s.parameters()).hasSize(parents)); // keys de-duplicated
        assertEveryGeneratedEmployeeSharesItsDepartment(loaded, parents);
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void joinedLoadsEmployeesWithTheirDepartmentsInOneStatementAndTheLoaderSharesEachDepartment(int parents, SqlSession session, EmployeeMapper employeeMapper,
                                                               StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        var joinedQuery = RelationshipJoins.on(select(employeeWithDepartmentSelectList).from(employee).leftJoin(departmentRole),
                        EMPLOYEE_DEPARTMENT, employee, departmentRole)
                .where(employee.name, isLike("gen-dept-%"))
                .orderBy(sortColumn("employee", employee.id))
                .build().render(MYBATIS3);

        List<Employee> loaded = statements.assertCount(1, () -> ReferenceCatalogue.loader(session)
                .load(employeeMapper.selectManyWithDepartment(joinedQuery), LoadPlan.of(joined(EMPLOYEE_DEPARTMENT))));

        // MyBatis alone maps one Department object per employee row; joined(...) keeps one per key
        assertEveryGeneratedEmployeeSharesItsDepartment(loaded, parents);
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void subqueryLoadsTheDepartmentsOfTheQueriedEmployeesInOneStatement(int parents, SqlSession session,
                                                                       StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        var employeesQuery = select(employee.columns("")).from(employee).where(employee.name, isLike("gen-dept-%"))
                .orderBy(employee.id);

        List<Employee> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(EMPLOYEE, employeesQuery, LoadPlan.of(subquery(EMPLOYEE_DEPARTMENT))));

        assertEveryGeneratedEmployeeSharesItsDepartment(loaded, parents);
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void lazyDepartmentsAreProxiesThatLoadOnFirstUse(int parents, SqlSession session, StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        List<Employee> loaded = generatedEmployees(session);

        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(lazy(EMPLOYEE_DEPARTMENT))));
        Department first = loaded.get(0).getDepartment();
        assertThat(statements.assertCount(1, first::getName)).isEqualTo("gen-dept-1");
        statements.assertCount(0, first::getName);
        // Each employee has its own proxy; the second employee of a department repeats an identical
        // statement, which MyBatis's session cache answers without SQL: one statement per department.
        statements.assertCount(parents - 1, () -> loaded.forEach(e -> e.getDepartment().getName()));
        assertThat(loaded).allSatisfy(e -> assertThat(e.getDepartment().getName()).isEqualTo(e.getName().replaceAll("-emp-.*", "")));
    }

    @ParameterizedTest(name = "{0} departments")
    @ValueSource(ints = {1, 10, 1000})
    void raiseAndNoLoadOnTheManyToOneRunNothing(int parents, SqlSession session, StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, parents, EMPLOYEES_EACH);
        List<Employee> raising = generatedEmployees(session);
        session.clearCache();
        List<Employee> unloaded = generatedEmployees(session);

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(raising, LoadPlan.of(raise(EMPLOYEE_DEPARTMENT)));
            ReferenceCatalogue.loader(session).load(unloaded, LoadPlan.of(noLoad(EMPLOYEE_DEPARTMENT)));
        });

        Employee last = raising.get(raising.size() - 1);
        statements.assertCount(0, () -> assertThatThrownBy(() -> last.getDepartment().getName())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Employee.department").hasMessageContaining("Employee#" + last.getId()));
        assertThat(unloaded).hasSize(parents * EMPLOYEES_EACH).allSatisfy(e -> assertThat(e.getDepartment()).isNull());
    }

    @Test
    void joinedAtTheTopLevelSharesTheDepartmentObjectsMyBatisMappedPerRow(SqlSession session, EmployeeMapper employeeMapper,
                                                                       StatementRecorder statements) {
        List<Employee> plain = employeeMapper.selectAllWithDepartment();
        assertThat(plain.get(1).getDepartment()).as("MyBatis keys nested results by parent row")
                .isNotSameAs(plain.get(3).getDepartment());
        session.clearCache();

        List<Employee> loaded = statements.assertCount(1, () -> ReferenceCatalogue.loader(session)
                .load(employeeMapper.selectAllWithDepartment(), LoadPlan.of(joined(EMPLOYEE_DEPARTMENT))));

        assertThat(loaded.get(0).getDepartment()).isNull();
        Department engineering = loaded.get(1).getDepartment();
        assertThat(loaded).filteredOn(e -> Integer.valueOf(1).equals(e.getDepartmentId())).hasSize(6)
                .allSatisfy(e -> assertThat(e.getDepartment()).isSameAs(engineering));
    }

    @Test
    void selectInLeavesTheDepartmentOfTheEmployeeWithoutOneNullAndSharesObjectsAcrossAChain(
            SqlSession session, EmployeeMapper employeeMapper, StatementRecorder statements) {
        List<Employee> loaded = statements.assertCount(3, () -> ReferenceCatalogue.loader(session)
                .load(employeeMapper.selectAll(), LoadPlan.of(selectIn(EMPLOYEE_DEPARTMENT).selectIn(EMPLOYEES))));

        Employee olivia = loaded.get(0);
        assertThat(olivia.getDepartment()).isNull();
        Employee marcus = loaded.get(1);
        Department engineering = marcus.getDepartment();
        assertThat(engineering.getName()).isEqualTo("Engineering");
        assertThat(engineering.getEmployees()).as("the chained select-in reuses the employees loaded as parents")
                .hasSize(6).first().isSameAs(marcus);
        assertThat(engineering.getEmployees()).allSatisfy(e -> assertThat(e.getDepartment()).isSameAs(engineering));
    }

    // ---- pagination with eager collections ----

    @ParameterizedTest(name = "offset {0}")
    @ValueSource(ints = {0, 2})
    void aPageOfDepartmentsKeepsKDepartmentsWithCompleteEmployeesInTwoStatements(int offset, SqlSession session,
                                                                               DepartmentMapper departments,
                                                                               StatementRecorder statements) {
        List<Department> xmlPage = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(departments.selectPage(2, offset), LoadPlan.of(selectIn(EMPLOYEES))));
        session.clearCache();
        List<Department> dynamicPage = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(departments.selectPageDynamic(2, offset), LoadPlan.of(selectIn(EMPLOYEES))));

        for (List<Department> page : List.of(xmlPage, dynamicPage)) {
            if (offset == 0) {
                assertThat(page).extracting(Department::getName, d -> ids(d.getEmployees())).containsExactly(
                        tuple("Engineering", List.of(2, 4, 6, 8, 10, 12)), tuple("Sales", List.of(3, 7, 9, 13, 14)));
            } else {
                assertThat(page).extracting(Department::getName, d -> ids(d.getEmployees())).containsExactly(
                        tuple("Support", List.of(5, 11)), tuple("Legal", List.of()));
            }
        }
    }

    @Test
    void aPageOfGeneratedDepartmentsHasEveryDepartmentOfThePageWithAllItsEmployees(SqlSession session,
                                                                                 DepartmentMapper departments,
                                                                                 StatementRecorder statements) {
        GeneratedDomainRows.departmentsWithEmployees(session, 1000, 3);

        List<Department> page = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(departments.selectPageDynamic(50, 504), LoadPlan.of(selectIn(EMPLOYEES))));

        assertThat(page).hasSize(50).extracting(Department::getName).startsWith("gen-dept-501").endsWith("gen-dept-550");
        assertThat(page).allSatisfy(d -> assertThat(d.getEmployees()).hasSize(3)
                .allSatisfy(e -> assertThat(e.getDepartmentId()).isEqualTo(d.getId())));
    }

    @Test
    void limitingAJoinedQueryCutsRowsNotDepartmentsSoThePageIsTruncated(DepartmentMapper departments,
                                                                        StatementRecorder statements) {
        // The naive page: LIMIT on the joined rows. 4 departments are asked for; the first 4 rows are
        // all Engineering's, so 1 department comes back, with 4 of its 6 employees.
        var naivePage = RelationshipJoins.on(select(departmentWithEmployeesSelectList).from(department).leftJoin(employees),
                        EMPLOYEES, department, employees)
                .orderBy(sortColumn("department", department.id), sortColumn(EMPLOYEES.roleAlias(), employees.id))
                .limit(4)
                .build().render(MYBATIS3);

        List<Department> truncated = statements.assertCount(1, () -> departments.selectManyWithEmployees(naivePage));

        assertThat(truncated).extracting(Department::getName, d -> ids(d.getEmployees()))
                .containsExactly(tuple("Engineering", List.of(2, 4, 6, 8)));
        assertThat(departments.selectPage(4, 0)).as("the departments' own page").hasSize(4);
    }

    // ---- the N most recent employees per department, one statement ----

    @Test
    void eachDepartmentWithItsThreeMostRecentlyHiredEmployeesInOneStatement(SqlSession session, DepartmentMapper departments,
                                                                          StatementRecorder statements) throws SQLException {
        List<Department> loaded = statements.assertCount(1, () -> departments.selectWithRecentEmployees(3));

        assertThat(loaded).extracting(Department::getName, d -> ids(d.getEmployees())).containsExactly(
                tuple("Engineering", List.of(6, 10, 8)),
                tuple("Sales", List.of(7, 9, 13)),
                tuple("Support", List.of(11, 5)),   // fewer than three: all of them
                tuple("Legal", List.of()));          // none
        for (Department d : loaded) {
            assertThat(ids(d.getEmployees())).as("plain SQL's answer for " + d.getName())
                    .isEqualTo(mostRecentlyHiredByPlainSql(session, d.getId(), 3));
            assertThat(d.getEmployees()).allSatisfy(e -> assertThat(e.getDepartment()).isSameAs(d));
        }
        assertThat(loaded.get(0).getEmployees()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("department")
                .containsExactly(employee(6, "Sam Okafor", 4, "2024-06-03", "120000.00"),
                        employee(10, "Noah Schmidt", 4, "2022-05-09", "110000.00"),
                        employee(8, "Ken Watanabe", 4, "2020-07-01", "115000.00"));
    }

    @Test
    void theLimitPerDepartmentIsAParameter(DepartmentMapper departments, StatementRecorder statements) {
        List<Department> loaded = statements.assertCount(1, () -> departments.selectWithRecentEmployees(1));

        assertThat(loaded).extracting(Department::getName, d -> ids(d.getEmployees())).containsExactly(
                tuple("Engineering", List.of(6)), tuple("Sales", List.of(7)), tuple("Support", List.of(11)),
                tuple("Legal", List.of()));
    }

    // ---- lazy stand-ins: safe to print, compare and hash; detached access names what was not loaded ----

    @Test
    void entitiesHoldingLazyRelationshipsPrintCompareAndHashWithoutSql(SqlSession session, DepartmentMapper departments,
                                                                      EmployeeMapper employeeMapper,
                                                                      StatementRecorder statements) {
        List<Department> allDepartments = departments.selectAll();
        List<Employee> allEmployees = employeeMapper.selectAll();
        ReferenceCatalogue.loader(session).load(allDepartments, LoadPlan.of(lazy(EMPLOYEES)));
        ReferenceCatalogue.loader(session).load(allEmployees, LoadPlan.of(lazy(EMPLOYEE_DEPARTMENT)));
        Department engineering = allDepartments.get(0);
        Employee marcus = allEmployees.get(1);
        Department marcusDepartment = marcus.getDepartment();

        statements.assertCount(0, () -> {
            assertThat(engineering.toString()).isEqualTo("Department{id=1, name='Engineering'}");
            assertThat(engineering.getEmployees().toString()).isEqualTo("[lazy: Department.employees of Department#1]");
            assertThat(marcus.toString()).contains("Marcus Webb").doesNotContain("Engineering");
            assertThat(marcusDepartment.toString()).isEqualTo("Department Employee.department of Employee#2 (not loaded)");
            assertThat(engineering.equals(allDepartments.get(1))).isFalse();
            assertThat(engineering.getEmployees().equals(engineering.getEmployees())).isTrue();
            assertThat(marcusDepartment.equals(marcusDepartment)).isTrue();
            assertThat(marcusDepartment.equals(engineering)).isFalse();
            assertThat(engineering.hashCode()).isEqualTo(System.identityHashCode(engineering));
            assertThat(engineering.getEmployees().hashCode()).isEqualTo(System.identityHashCode(engineering.getEmployees()));
            assertThat(marcusDepartment.hashCode()).isEqualTo(System.identityHashCode(marcusDepartment));
            assertThat(new HashSet<>(List.of(engineering, marcus, marcusDepartment, engineering.getEmployees()))).hasSize(4);
        });
        assertThat(statements.assertCount(1, marcusDepartment::getName)).isEqualTo("Engineering");
        statements.assertCount(0, () -> assertThat(marcusDepartment.toString()).isEqualTo("Department{id=1, name='Engineering'}"));
    }

    @Test
    void touchingLazyRelationshipsAfterTheSessionClosedThrowsNamingEntityRelationshipAndKey(SqlSessionFactory factory) {
        List<Department> allDepartments;
        List<Employee> allEmployees;
        try (SqlSession own = factory.openSession()) {
            allDepartments = own.getMapper(DepartmentMapper.class).selectAll();
            allEmployees = own.getMapper(EmployeeMapper.class).selectAll();
            ReferenceCatalogue.loader(own).load(allDepartments, LoadPlan.of(lazy(EMPLOYEES)));
            ReferenceCatalogue.loader(own).load(allEmployees, LoadPlan.of(lazy(EMPLOYEE_DEPARTMENT)));
        }
        List<Employee> salesEmployees = allDepartments.get(1).getEmployees();
        Department tomsDepartment = allEmployees.get(3).getDepartment();

        assertThatThrownBy(salesEmployees::size).isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("Department.employees").hasMessageContaining("Department#2").hasMessageContaining("closed");
        assertThatThrownBy(tomsDepartment::getName).isInstanceOf(DetachedInstanceException.class)
                .hasMessageContaining("Employee.department").hasMessageContaining("Employee#4").hasMessageContaining("closed");
        assertThat(salesEmployees.toString()).contains("Department.employees of Department#2");
    }

    // ---- helpers ----

    private static QueryExpressionDSL<SelectModel>.QueryExpressionWhereBuilder generatedDepartmentsWhere() {
        return select(department.columns("")).from(department).where(department.name, isLike("gen-dept-%"));
    }

    private static org.mybatis.dynamic.sql.util.Buildable<SelectModel> generatedDepartmentsQuery() {
        return generatedDepartmentsWhere().orderBy(department.id);
    }

    private static org.mybatis.dynamic.sql.select.render.SelectStatementProvider generatedDepartments() {
        return generatedDepartmentsQuery().build().render(MYBATIS3);
    }

    /** The generated employees (named after their department), their own columns only, by id. */
    private static List<Employee> generatedEmployees(SqlSession session) {
        return session.getMapper(EmployeeMapper.class).selectAll().stream()
                .filter(e -> e.getName().startsWith("gen-dept-")).collect(Collectors.toList());
    }

    private static void assertEveryGeneratedDepartmentHasItsEmployees(List<Department> loaded) {
        assertThat(loaded).allSatisfy(d -> assertThat(d.getEmployees()).extracting(Employee::getName)
                .containsExactly(d.getName() + "-emp-1", d.getName() + "-emp-2"));
        assertThat(loaded).flatExtracting(Department::getEmployees).extracting(Employee::getDepartmentId)
                .doesNotContainNull();
    }

    private static void assertEveryGeneratedEmployeeSharesItsDepartment(List<Employee> loaded, int departments) {
        assertThat(loaded).hasSize(departments * EMPLOYEES_EACH)
                .allSatisfy(e -> assertThat(e.getDepartment().getName()).isEqualTo(e.getName().replaceAll("-emp-.*", "")));
        Map<Integer, List<Department>> byId = loaded.stream().map(Employee::getDepartment)
                .collect(Collectors.groupingBy(Department::getId));
        assertThat(byId).hasSize(departments).allSatisfy((id, sameDepartment) ->
                assertThat(sameDepartment).as("one object per department row").hasSize(EMPLOYEES_EACH)
                        .allSatisfy(d -> assertThat(d).isSameAs(sameDepartment.get(0))));
    }

    /** An Engineering employee of the seed as the statement maps it: own columns, no manager, no subordinates. */
    private static Employee employee(int id, String name, int managerId, String hiredAt, String salary) {
        Employee expected = new Employee(name, LocalDate.parse(hiredAt), new BigDecimal(salary));
        expected.setId(id);
        expected.setDepartmentId(1);
        expected.setManagerId(managerId);
        return expected;
    }

    private static List<Integer> ids(List<Employee> employees) {
        return employees.stream().map(Employee::getId).toList();
    }

    /** The known answer, from plain SQL: the department's {@code n} most recently hired employees' ids. */
    private static List<Integer> mostRecentlyHiredByPlainSql(SqlSession session, int departmentId, int n) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement statement = session.getConnection().prepareStatement(
                "SELECT id FROM employee WHERE department_id = ? ORDER BY hired_at DESC LIMIT ?")) {
            statement.setInt(1, departmentId);
            statement.setInt(2, n);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getInt(1));
                }
            }
        }
        return ids;
    }
}
