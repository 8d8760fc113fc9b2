package com.example.legacy.service;

import com.example.legacy.LegacyApplication;
import com.example.legacy.mapper.AssignmentMapper;
import com.example.legacy.mapper.EmployeeMapper;
import com.example.legacy.model.Address;
import com.example.legacy.model.Assignment;
import com.example.legacy.model.Department;
import com.example.legacy.model.Employee;
import com.example.legacy.model.Project;
import com.example.legacy.model.Skill;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.example.legacy.mapper.LegacyRelationships.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The write side: each service call is a unit of work that commits, so the class has a database of
 * its own; each test changes rows no other test reads.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class StaffingServiceIT {

    private static StaffingService staffing;
    private static StaffDirectory directory;

    @BeforeAll
    static void startApplication(SqlSessionFactory sessionFactory) {
        LegacyApplication application = LegacyApplication.on(sessionFactory);
        staffing = application.staffing();
        directory = application.staffDirectory();
    }

    @Test
    void hiringInsertsTheAddressTheEmployeeAndItsAssignmentsInDependencyOrder(StatementRecorder statements,
                                                                              EmployeeMapper employees) {
        Address home = new Address("9 Quarry Road", "Shelbyville", "20009", "US");

        List<RecordedStatement> run = statements.record(() -> staffing.hire(30, "Barbara", LocalDate.of(2024, 2, 1),
                home, List.of("APOLLO", "LEDGER")));

        // department, projects; then address, employee, both assignments in one multi-row insert
        assertThat(run).extracting(s -> s.oneLineSql().substring(0, 6).toLowerCase())
                .containsExactly("select", "select", "insert", "insert", "insert");
        assertThat(run.get(2).oneLineSql()).contains("hr_address");
        assertThat(run.get(3).oneLineSql()).contains("hr_employee");
        assertThat(run.get(4).oneLineSql()).contains("hr_assignment").contains("), (");
        assertThat(home.getId()).isNotNull();
        Employee barbara = employees.selectWithAddressesByDepartment(30).stream()
                .filter(e -> e.getName().equals("Barbara")).findFirst().orElseThrow();
        assertThat(barbara.getHomeAddress().getId()).isEqualTo(home.getId());
        assertThat(barbara.getWorkAddress()).isNull();
    }

    @Test
    void hiredEmployeeAndItsProjectsAreOneGraphInMemory() {
        Employee hired = staffing.hire(30, "Dennis", LocalDate.of(2024, 3, 1),
                new Address("2 Kiln Street", "Springfield", "10009", "US"), List.of("GEMINI"));

        assertThat(hired.getId()).isNotNull();
        assertThat(hired.getDepartmentId()).isEqualTo(30);
        assertThat(hired.getDepartment().getEmployees()).containsExactly(hired);
        Assignment assignment = hired.getAssignments().get(0);
        assertThat(assignment.getEmployee()).isSameAs(hired);
        assertThat(assignment.getEmployeeId()).isEqualTo(hired.getId());
        assertThat(assignment.getProjectId()).isEqualTo(501);
        assertThat(assignment).extracting(Assignment::getRole, Assignment::getHoursPerWeek)
                .containsExactly("member", new BigDecimal("8.0"));
        Project gemini = PROJECTS.list(hired).get(0);
        assertThat(gemini.getAssignments()).containsExactly(assignment);
    }

    @Test
    void hiringIntoAnUnknownProjectWritesNothing(SqlSession session) {
        assertThatThrownBy(() -> staffing.hire(30, "Nobody", LocalDate.of(2024, 1, 1),
                new Address("0 Nowhere", "Nowhere", "00000", "US"), List.of("APOLLO", "NOPE")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NOPE");

        assertThat(session.getMapper(EmployeeMapper.class).selectByDepartment(30))
                .extracting(Employee::getName).doesNotContain("Nobody");
    }

    @Test
    void transferKeepsBothSidesInStepAndWritesOneUpdate(StatementRecorder statements, SqlSession session) {
        List<RecordedStatement> run = statements.record(() -> {
            Employee alan = staffing.transfer(3, 20);
            assertThat(alan.getDepartment().getEmployees()).containsExactly(alan);
            assertThat(alan.getDepartmentId()).isEqualTo(20);
        });

        assertThat(run).extracting(s -> s.oneLineSql().substring(0, 6).toLowerCase())
                .containsExactly("select", "select", "update");
        assertThat(run.get(2).oneLineSql()).contains("dept_id");
        assertThat(session.getMapper(EmployeeMapper.class).selectByDepartment(20))
                .extracting(Employee::getName).containsExactly("Alan", "Margaret");
    }

    @Test
    void leavingAProjectDeletesTheAssignmentThroughTheProxy(StatementRecorder statements, SqlSession session) {
        boolean left = statements.assertCount(3, () -> staffing.leaveProject(2, "GEMINI"));

        assertThat(left).isTrue();
        assertThat(session.getMapper(AssignmentMapper.class).selectByEmployee(2))
                .extracting(Assignment::getRole).containsExactly("developer");
        assertThat(staffing.leaveProject(2, "GEMINI")).isFalse();
    }

    @Test
    void addingASkillWritesOneLinkRow(StatementRecorder statements, SqlSession session) {
        List<RecordedStatement> run = statements.record(() -> staffing.addSkill(4, "SQL"));

        assertThat(run).last().extracting(RecordedStatement::oneLineSql).asString()
                .startsWith("insert into hr_emp_skill");
        List<Employee> engineering = directory.staffWithSkills(session, 10);
        Employee linus = engineering.stream().filter(e -> e.getId() == 4).findFirst().orElseThrow();
        assertThat(linus.getSkills()).extracting(Skill::getName).containsExactly("SQL");
    }

    @Test
    void departmentsSeeCommittedHiresOnTheirNextLoad(SqlSession session) {
        staffing.hire(20, "Edsger", LocalDate.of(2024, 4, 1), new Address("5 Mill Lane", "Springfield", "10005", "US"),
                List.of());

        List<Department> departments = directory.departmentsWithStaff(session);

        assertThat(departments.get(1).getEmployees()).extracting(Employee::getName).contains("Edsger");
    }
}
