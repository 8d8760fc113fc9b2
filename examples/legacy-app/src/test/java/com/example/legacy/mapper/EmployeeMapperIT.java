package com.example.legacy.mapper;

import com.example.legacy.model.Address;
import com.example.legacy.model.Employee;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The application's own joined and recursive statements on MariaDB, against its own schema and seed. */
@RelkitTest
class EmployeeMapperIT {

    @Test
    void loadsHomeAndWorkAddressesFromOneJoinedStatement(EmployeeMapper employees, StatementRecorder statements) {
        List<Employee> engineering = statements.assertCount(1, () -> employees.selectWithAddressesByDepartment(10));

        assertThat(engineering).extracting(Employee::getName, e -> city(e.getHomeAddress()), e -> city(e.getWorkAddress()))
                .containsExactly(
                        tuple("Ada", "Springfield", "Springfield"),
                        tuple("Grace", "Shelbyville", "Springfield"),
                        tuple("Alan", "Springfield", "Springfield"),
                        tuple("Linus", null, "Capital City"));
        assertThat(engineering.get(0).getWorkAddress())
                .extracting(Address::getId, Address::getStreet, Address::getPostalCode, Address::getCountryCode)
                .containsExactly(100, "1 Main Street", "10001", "US");
        assertThat(engineering.get(0).getHomeAddress().getId()).isEqualTo(101);
    }

    @Test
    void dynamicStatementMapsTheSameGraphAsTheXml(EmployeeMapper employees, StatementRecorder statements) {
        List<Employee> fromXml = employees.selectWithAddressesByDepartment(10);

        List<Employee> fromDeclarations = statements.assertCount(1, () -> employees.selectWithAddressesByDepartmentDynamic(10));

        assertThat(fromDeclarations).usingRecursiveComparison().isEqualTo(fromXml);
    }

    @Test
    void readsTheManagementChainBelowAnEmployeeFromOneRecursiveStatement(EmployeeMapper employees,
                                                                       StatementRecorder statements) {
        List<Employee> belowAda = statements.assertCount(1, () -> employees.selectReportingLine(1, null));
        List<Employee> twoLevels = employees.selectReportingLine(1, 1);

        assertThat(belowAda).extracting(Employee::getName).containsExactly("Ada", "Grace", "Alan", "Linus");
        assertThat(belowAda).extracting(Employee::getHiredOn).doesNotContainNull();
        assertThat(twoLevels).extracting(Employee::getName).containsExactly("Ada", "Grace", "Alan");
    }

    private static String city(Address address) {
        return address == null ? null : address.getCity();
    }
}
