package com.example.legacy.service;

import com.example.legacy.LegacyApplication;
import com.example.legacy.model.Assignment;
import com.example.legacy.model.Department;
import com.example.legacy.model.Employee;
import com.example.legacy.model.Project;
import com.example.legacy.model.Skill;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.example.legacy.mapper.LegacyRelationships.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side on relkit's loader, on the test's rolled-back session: statement counts and one
 * object per row within a load.
 */
@RelkitTest
class StaffDirectoryIT {

    private static StaffDirectory directory;

    @BeforeAll
    static void startApplication(SqlSessionFactory sessionFactory) {
        directory = LegacyApplication.on(sessionFactory).staffDirectory();
    }

    @Test
    void loadsDepartmentsStaffWorkAddressesAndProjectsInThreeStatements(SqlSession session, StatementRecorder statements) {
        List<Department> departments = statements.assertCount(3, () -> directory.departmentsWithStaff(session));

        assertThat(departments).extracting(Department::getName).containsExactly("Engineering", "Finance", "Legal");
        Department engineering = departments.get(0);
        assertThat(engineering.getEmployees()).extracting(Employee::getName).containsExactly("Ada", "Grace", "Alan", "Linus");
        assertThat(departments.get(2).getEmployees()).isEmpty();

        Employee ada = engineering.getEmployees().get(0);
        Employee grace = engineering.getEmployees().get(1);
        Employee alan = engineering.getEmployees().get(2);
        // joined inside the employees' select-in statement, one object per address row
        assertThat(grace.getWorkAddress()).isSameAs(ada.getWorkAddress()).isSameAs(alan.getWorkAddress());
        assertThat(engineering.getEmployees().get(3).getWorkAddress().getCity()).isEqualTo("Capital City");

        assertThat(grace.getAssignments()).extracting(a -> a.getRole() + " " + a.getHoursPerWeek())
                .containsExactly("developer 32.0", "reviewer 8.0");
        assertThat(PROJECTS.list(grace)).extracting(Project::getCode).containsExactly("APOLLO", "GEMINI");
        assertThat(PROJECTS.list(grace).get(0)).isSameAs(PROJECTS.list(ada).get(0));
        assertThat(PROJECTS.list(departments.get(1).getEmployees().get(0))).extracting(Project::getName)
                .containsExactly("Ledger rewrite");
        assertThat(PROJECTS.list(alan)).isEmpty();
    }

    @Test
    void loadsADepartmentsStaffWithSkillsInTwoStatements(SqlSession session, StatementRecorder statements) {
        List<Employee> engineering = statements.assertCount(2, () -> directory.staffWithSkills(session, 10));

        assertThat(engineering).extracting(Employee::getName).containsExactly("Ada", "Grace", "Alan", "Linus");
        assertThat(engineering.get(0).getSkills()).extracting(Skill::getName).containsExactly("Java", "SQL");
        assertThat(engineering.get(1).getSkills()).extracting(Skill::getName).containsExactly("Java");
        assertThat(engineering.get(1).getSkills().iterator().next()).isSameAs(engineering.get(0).getSkills().iterator().next());
        assertThat(engineering.get(2).getSkills()).isEmpty();
    }

    @Test
    void buildsTheManagementTreeFromOneRecursiveStatement(SqlSession session, StatementRecorder statements) {
        Employee ada = statements.assertCount(1, () -> directory.reportingLine(session, 1)).orElseThrow();

        assertThat(ada.getName()).isEqualTo("Ada");
        assertThat(ada.getReports()).extracting(Employee::getName).containsExactly("Grace", "Alan");
        Employee grace = ada.getReports().get(0);
        assertThat(grace.getReports()).extracting(Employee::getName).containsExactly("Linus");
        assertThat(grace.getReports().get(0).getManager()).isSameAs(grace);
        assertThat(grace.getManager()).isSameAs(ada);
        assertThat(directory.reportingLine(session, 999)).isEmpty();
    }
}
