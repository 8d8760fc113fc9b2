package com.example.legacy.spring;

import com.example.legacy.model.Department;
import com.example.legacy.model.Employee;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The HR application wired by its plain Spring XML ({@code spring/applicationContext.xml}), with the
 * harness's data source as its {@code dataSource} bean: relkit's loads and writes run in Spring's
 * transactions, a commit writes every move, and a failure rolls every move back.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class PersonnelServiceIT {

    private GenericApplicationContext context;
    private PersonnelService personnel;

    @BeforeEach
    void startSpring(TestDatabase database, DataSource dataSource) {
        database.restoreRows();
        context = new GenericApplicationContext();
        context.getBeanFactory().registerSingleton("dataSource", dataSource);
        new XmlBeanDefinitionReader(context).loadBeanDefinitions("classpath:com/example/legacy/spring/applicationContext.xml");
        context.refresh();
        personnel = context.getBean(PersonnelService.class);
    }

    @AfterEach
    void stopSpring() {
        context.close();
    }

    @Test
    void readsADepartmentWithItsStaffInTwoStatementsInsideATransaction(StatementRecorder statements) {
        Department engineering = statements.assertCount(2, () -> personnel.departmentWithStaff(10));

        assertThat(engineering.getName()).isEqualTo("Engineering");
        assertThat(engineering.getEmployees()).extracting(Employee::getName).contains("Ada", "Grace", "Alan");
    }

    @Test
    void aCommittedTransferWritesEveryMove(DataSource dataSource) throws Exception {
        personnel.transferAll(List.of(2, 3), 20);

        assertThat(departmentsOf(dataSource, 2, 3)).containsExactly(20, 20);
    }

    @Test
    void aFailureRollsBackTheMovesAlreadyFlushedInTheSameTransaction(DataSource dataSource) throws Exception {
        assertThatThrownBy(() -> personnel.transferAll(List.of(2, 999), 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No employee 999");

        assertThat(departmentsOf(dataSource, 2)).as("Grace's flushed move rolled back with the transaction").containsExactly(10);
    }

    private static List<Integer> departmentsOf(DataSource dataSource, int... employeeIds) throws Exception {
        List<Integer> departments = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (int id : employeeIds) {
                try (ResultSet row = statement.executeQuery("select dept_id from hr_employee where id = " + id)) {
                    row.next();
                    departments.add(row.getInt(1));
                }
            }
        }
        return departments;
    }
}
