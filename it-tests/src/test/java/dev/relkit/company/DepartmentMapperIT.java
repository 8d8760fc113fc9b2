package dev.relkit.company;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.company.DepartmentMapper;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.relkit.company.CompanySeed.department;
import static dev.relkit.company.CompanySeed.departmentWithEmployees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code Department.employees} and its back-reference {@code Employee.department}, loaded from one
 * outer-joined statement, in the XML and the dynamic-SQL form.
 */
@RelkitTest
class DepartmentMapperIT {

    static Stream<Arguments> allWithEmployees() {
        return Stream.of(
                arguments(named("XML", (Function<DepartmentMapper, List<Department>>) DepartmentMapper::selectAllWithEmployees)),
                arguments(named("dynamic SQL", (Function<DepartmentMapper, List<Department>>) DepartmentMapper::selectAllWithEmployeesDynamic)));
    }

    static Stream<Arguments> withEmployeesById() {
        return Stream.of(
                arguments(named("XML", (BiFunction<DepartmentMapper, Integer, Department>) DepartmentMapper::selectWithEmployeesById)),
                arguments(named("dynamic SQL", (BiFunction<DepartmentMapper, Integer, Department>) DepartmentMapper::selectWithEmployeesByIdDynamic)));
    }

    static Stream<Arguments> withoutEmployees() {
        return Stream.of(
                arguments(named("XML", (Function<DepartmentMapper, List<Department>>) DepartmentMapper::selectWithoutEmployees)),
                arguments(named("dynamic SQL", (Function<DepartmentMapper, List<Department>>) DepartmentMapper::selectWithoutEmployeesDynamic)));
    }

    @ParameterizedTest
    @MethodSource("allWithEmployees")
    void loadsEveryDepartmentWithItsEmployeesFromOneOuterJoinedStatement(
            Function<DepartmentMapper, List<Department>> query, DepartmentMapper departments, StatementRecorder statements) {
        List<Department> all = statements.assertCount(1, () -> query.apply(departments));

        assertThat(all).usingRecursiveComparison().isEqualTo(List.of(
                departmentWithEmployees(1, 2, 4, 6, 8, 10, 12),
                departmentWithEmployees(2, 3, 7, 9, 13, 14),
                departmentWithEmployees(3, 5, 11),
                department(4)));
        assertThat(all.get(3).getEmployees()).as("Legal has no employees: an empty list, not null").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("allWithEmployees")
    void everyEmployeesDepartmentIsTheSameObjectThatListsIt(
            Function<DepartmentMapper, List<Department>> query, DepartmentMapper departments, StatementRecorder statements) {
        List<Department> all = statements.assertCount(1, () -> query.apply(departments));

        assertThat(all).flatExtracting(Department::getEmployees).hasSize(13);
        for (Department department : all) {
            for (Employee employee : department.getEmployees()) {
                assertThat(employee.getDepartment()).as("department of %s", employee).isSameAs(department);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("withEmployeesById")
    void loadsOneDepartmentWithEmployeesThatPointBackAtIt(
            BiFunction<DepartmentMapper, Integer, Department> query, DepartmentMapper departments, StatementRecorder statements) {
        Department support = statements.assertCount(1, () -> query.apply(departments, 3));

        assertThat(support).usingRecursiveComparison().isEqualTo(departmentWithEmployees(3, 5, 11));
        assertThat(support.getEmployees()).extracting(Employee::getDepartment).containsOnly(support)
                .allSatisfy(department -> assertThat(department).isSameAs(support));
    }

    @ParameterizedTest
    @MethodSource("withEmployeesById")
    void loadsADepartmentWithoutEmployeesWithAnEmptyList(
            BiFunction<DepartmentMapper, Integer, Department> query, DepartmentMapper departments, StatementRecorder statements) {
        Department legal = statements.assertCount(1, () -> query.apply(departments, 4));

        assertThat(legal).usingRecursiveComparison().isEqualTo(department(4));
        assertThat(legal.getEmployees()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("withEmployeesById")
    void returnsNullForAnUnknownDepartment(
            BiFunction<DepartmentMapper, Integer, Department> query, DepartmentMapper departments, StatementRecorder statements) {
        assertThat(statements.assertCount(1, () -> query.apply(departments, 99))).isNull();
    }

    @ParameterizedTest
    @MethodSource("withoutEmployees")
    void findsTheDepartmentsWithoutEmployeesThroughNotExists(
            Function<DepartmentMapper, List<Department>> query, DepartmentMapper departments, StatementRecorder statements) {
        List<Department> empty = statements.assertCount(1, () -> query.apply(departments));

        assertThat(empty).usingRecursiveComparison().isEqualTo(List.of(department(4)));
    }
}
