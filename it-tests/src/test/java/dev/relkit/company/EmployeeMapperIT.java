package dev.relkit.company;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.company.EmployeeMapper;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.relkit.company.CompanySeed.department;
import static dev.relkit.company.CompanySeed.employee;
import static dev.relkit.company.CompanySeed.managing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * {@code Employee.department} (many-to-one) and the self-referential {@code Employee.manager} /
 * {@code Employee.subordinates}, each loaded from one joined statement, in the XML and the
 * dynamic-SQL form.
 */
@RelkitTest
class EmployeeMapperIT {

    static Stream<Arguments> allWithDepartment() {
        return Stream.of(
                arguments(named("XML", (Function<EmployeeMapper, List<Employee>>) EmployeeMapper::selectAllWithDepartment)),
                arguments(named("dynamic SQL", (Function<EmployeeMapper, List<Employee>>) EmployeeMapper::selectAllWithDepartmentDynamic)));
    }

    static Stream<Arguments> managerAndSubordinates() {
        return byId(EmployeeMapper::selectWithManagerAndSubordinatesById, EmployeeMapper::selectWithManagerAndSubordinatesByIdDynamic);
    }

    static Stream<Arguments> managementChain() {
        return byId(EmployeeMapper::selectManagementChain, EmployeeMapper::selectManagementChainDynamic);
    }

    static Stream<Arguments> orgChart() {
        return byId(EmployeeMapper::selectOrgChart, EmployeeMapper::selectOrgChartDynamic);
    }

    private static Stream<Arguments> byId(BiFunction<EmployeeMapper, Integer, Employee> xml,
                                          BiFunction<EmployeeMapper, Integer, Employee> dynamic) {
        return Stream.of(arguments(named("XML", xml)), arguments(named("dynamic SQL", dynamic)));
    }

    @ParameterizedTest
    @MethodSource("allWithDepartment")
    void loadsEveryEmployeeWithItsDepartmentFromOneStatement(
            Function<EmployeeMapper, List<Employee>> query, EmployeeMapper employees, StatementRecorder statements) {
        List<Employee> all = statements.assertCount(1, () -> query.apply(employees));

        List<Employee> expected = new ArrayList<>();
        IntStream.rangeClosed(1, 14).forEach(id -> {
            Employee employee = employee(id);
            if (employee.getDepartmentId() != null) {
                employee.setDepartment(department(employee.getDepartmentId()));
            }
            expected.add(employee);
        });
        assertThat(all).usingRecursiveComparison().isEqualTo(expected);
        assertThat(all.get(0).getDepartment()).as("Olivia Reed has no department").isNull();
        assertThat(all).extracting(Employee::getDepartment).filteredOn(d -> d != null)
                .flatExtracting(Department::getEmployees).as("the many-to-one load leaves employees unloaded").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("managerAndSubordinates")
    void loadsAnEmployeeWithItsManagerAndSubordinatesThatPointBackAtIt(
            BiFunction<EmployeeMapper, Integer, Employee> query, EmployeeMapper employees, StatementRecorder statements) {
        Employee tom = statements.assertCount(1, () -> query.apply(employees, 4));

        Employee expected = managing(employee(4), employee(6), employee(8), employee(10));
        expected.setManager(employee(2));
        assertThat(tom).usingRecursiveComparison().isEqualTo(expected);
        assertThat(tom.getSubordinates()).allSatisfy(subordinate -> assertThat(subordinate.getManager()).isSameAs(tom));
    }

    @ParameterizedTest
    @MethodSource("managerAndSubordinates")
    void theTopOfTheChainHasNoManagerAndALeafNoSubordinates(
            BiFunction<EmployeeMapper, Integer, Employee> query, EmployeeMapper employees, StatementRecorder statements) {
        Employee olivia = statements.assertCount(1, () -> query.apply(employees, 1));
        Employee sam = statements.assertCount(1, () -> query.apply(employees, 6));

        assertThat(olivia).usingRecursiveComparison()
                .isEqualTo(managing(employee(1), employee(2), employee(3), employee(5)));
        assertThat(olivia.getManager()).isNull();
        Employee expectedSam = employee(6);
        expectedSam.setManager(employee(4));
        assertThat(sam).usingRecursiveComparison().isEqualTo(expectedSam);
        assertThat(sam.getSubordinates()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("managementChain")
    void loadsTheManagementChainFourLevelsUpFromOneStatement(
            BiFunction<EmployeeMapper, Integer, Employee> query, EmployeeMapper employees, StatementRecorder statements) {
        Employee sam = statements.assertCount(1, () -> query.apply(employees, 6));

        Employee olivia = employee(1);
        Employee marcus = employee(2);
        marcus.setManager(olivia);
        Employee tom = employee(4);
        tom.setManager(marcus);
        Employee expected = employee(6);
        expected.setManager(tom);
        assertThat(sam).usingRecursiveComparison().isEqualTo(expected);
        assertThat(sam.getManager().getManager().getManager().getManager()).as("Olivia Reed is at the top").isNull();
    }

    @ParameterizedTest
    @MethodSource("managementChain")
    void aShorterChainEndsWithANullManager(
            BiFunction<EmployeeMapper, Integer, Employee> query, EmployeeMapper employees, StatementRecorder statements) {
        Employee lena = statements.assertCount(1, () -> query.apply(employees, 5));

        Employee expected = employee(5);
        expected.setManager(employee(1));
        assertThat(lena).usingRecursiveComparison().isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("orgChart")
    void loadsThreeLevelsOfSubordinatesFromOneStatementWithManagersPointingUp(
            BiFunction<EmployeeMapper, Integer, Employee> query, EmployeeMapper employees, StatementRecorder statements) {
        Employee olivia = statements.assertCount(1, () -> query.apply(employees, 1));

        Employee expected = managing(employee(1),
                managing(employee(2),
                        managing(employee(4), employee(6), employee(8), employee(10)),
                        employee(12)),
                managing(employee(3), employee(7), employee(9), employee(13), employee(14)),
                managing(employee(5), employee(11)));
        assertThat(olivia).usingRecursiveComparison().isEqualTo(expected);
        assertThat(olivia.getManager()).isNull();

        // the chain 1 -> 2 -> 4 -> {6, 8, 10}, and every manager reference is the object one level up
        Employee marcus = olivia.getSubordinates().get(0);
        Employee tom = marcus.getSubordinates().get(0);
        assertThat(tom.getSubordinates()).extracting(Employee::getName)
                .containsExactly("Sam Okafor", "Ken Watanabe", "Noah Schmidt");
        assertThat(tom.getSubordinates()).allSatisfy(e -> assertThat(e.getManager()).isSameAs(tom));
        assertThat(tom.getManager()).isSameAs(marcus);
        assertThat(marcus.getManager()).isSameAs(olivia);
        assertManagersPointUp(olivia);
    }

    private static void assertManagersPointUp(Employee manager) {
        for (Employee subordinate : manager.getSubordinates()) {
            assertThat(subordinate.getManager()).as("manager of %s", subordinate).isSameAs(manager);
            assertManagersPointUp(subordinate);
        }
    }
}
