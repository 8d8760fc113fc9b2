package dev.relkit.session;

import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.TAG;
import static dev.relkit.mapper.company.CompanyRelationships.DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deleting a parent as SQLAlchemy does: a one-to-many without a delete cascade sets its children's
 * foreign key to NULL (in memory for the children the session holds, with one statement for those it
 * does not), refuses before any write when that key is NOT NULL, and a relationship declared
 * {@code passiveDeletes()} leaves the rows that refer to the parent to the schema's
 * {@code ON DELETE CASCADE} ({@code post_tag}).
 *
 * <p>Seeds: department_employee.sql (Support 3 employs 5 and 11), blog.sql (post 1 has comments 1-3
 * and tags 1, 2; post 2 has tag 2 and no comment; tag 2 is on posts 1 and 2).
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class ParentDeleteIT {

    private static final String SUPPORT_STAFF = "select id, coalesce(department_id, 0) from employee where id in (5, 11) order by id";
    private static final String POST_TAG_ROWS = "select post_id, tag_id from post_tag order by post_id, tag_id";

    private SqlSessionFactory factory;

    @BeforeEach
    void restore(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        this.factory = factory;
    }

    @Test
    void deletingADepartmentWhoseEmployeesAreNotLoadedSetsTheirForeignKeyToNullInOneStatement(
            StatementRecorder statements, DataSource dataSource) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            unit.delete(unit.get(DEPARTMENT, 3));

            List<RecordedStatement> flushed = statements.record(unit::commit);

            assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                    "update employee set department_id = null where department_id = ?",
                    "delete from department where id = ?");
            assertThat(Rows.committed(dataSource, SUPPORT_STAFF)).containsExactly("5|0", "11|0");
        }
    }

    @Test
    void deletingADepartmentWhoseEmployeesAreLoadedUpdatesEachInMemoryAndInTheDatabase(
            StatementRecorder statements, DataSource dataSource) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Department support = unit.load(DEPARTMENT, List.of(unit.get(DEPARTMENT, 3)), LoadPlan.of(selectIn(EMPLOYEES))).get(0);
            List<Employee> staff = List.copyOf(support.getEmployees());
            unit.delete(support);

            List<RecordedStatement> flushed = statements.record(unit::commit);

            assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                    "update employee set department_id = case id when ? then null when ? then null end where id in (?, ?)",
                    "delete from department where id = ?");
            assertThat(staff).allSatisfy(employee -> {
                assertThat(employee.getDepartmentId()).isNull();
                assertThat(employee.getDepartment()).isNull();
                assertThat(unit.state(employee)).isEqualTo(EntityState.PERSISTENT);
            });
            assertThat(Rows.committed(dataSource, SUPPORT_STAFF)).containsExactly("5|0", "11|0");
        }
    }

    @Test
    void deletingADepartmentWhoseEmployeesWereLoadedWithALimitAlsoClearsTheRowsTheLimitLeftOut(
            StatementRecorder statements, DataSource dataSource) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Department engineering = unit.load(DEPARTMENT, List.of(unit.get(DEPARTMENT, 1)),
                    LoadPlan.of(selectIn(EMPLOYEES).limitPerParent(2))).get(0);
            assertThat(engineering.getEmployees()).hasSize(2);
            unit.delete(engineering);

            List<RecordedStatement> flushed = statements.record(unit::commit);

            assertThat(flushed).extracting(RecordedStatement::oneLineSql).as("the two in memory, then every other row")
                    .containsExactly(
                            "update employee set department_id = case id when ? then null when ? then null end where id in (?, ?)",
                            "update employee set department_id = null where department_id = ?",
                            "delete from department where id = ?");
            assertThat(Rows.committed(dataSource, "select count(*) from employee where department_id = 1")).containsExactly("0");
            assertThat(Rows.committed(dataSource, "select count(*) from employee where department_id is null"))
                    .as("the department's six employees and the one without a department").containsExactly("7");
        }
    }

    @Test
    void deletingAPostWithCommentsFailsBeforeAnyWriteNamingTheRelationshipWhoseKeyIsNotNull(
            StatementRecorder statements, DataSource dataSource) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Post first = unit.get(POST, 1);
            unit.delete(first);

            List<RecordedStatement> run = statements.record(() -> assertThatThrownBy(unit::flush)
                    .isInstanceOf(FlushException.class)
                    .hasMessageContaining("Post.comments")
                    .hasMessageContaining("NOT NULL"));

            assertThat(run).extracting(RecordedStatement::oneLineSql).allSatisfy(sql -> assertThat(sql).startsWith("select"));
            // the post's remarks (Post.remarks cascades delete), then its comments, read to know whether any is left
            assertThat(run).hasSize(2);
            assertThat(unit.state(first)).isEqualTo(EntityState.DELETED); // still pending, as after any failed flush
            assertThat(Rows.committed(dataSource, "select count(*) from comment where post_id = 1")).containsExactly("3");
        }
    }

    @Test
    void deletingAPostLeavesItsLinkRowsToOnDeleteCascade(StatementRecorder statements, DataSource dataSource) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            unit.delete(unit.get(POST, 2));

            List<RecordedStatement> flushed = statements.record(unit::commit);

            // the remarks (Post.remarks cascades delete) and the comments (their key is NOT NULL) are read,
            // and there are none; no statement for post_tag
            assertThat(flushed).extracting(RecordedStatement::oneLineSql)
                    .noneMatch(sql -> sql.contains("post_tag"))
                    .last().isEqualTo("delete from post where id = ?");
            assertThat(flushed).hasSize(3);
            assertThat(Rows.committed(dataSource, POST_TAG_ROWS)).containsExactly("1|1", "1|2", "3|3", "3|4");
            assertThat(Rows.committed(dataSource, "select count(*) from tag where id = 2")).containsExactly("1");
        }
    }

    @Test
    void deletingATagWithPostsIsOneStatementAndTheSchemaRemovesItsLinks(StatementRecorder statements, DataSource dataSource) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Tag wendy = unit.get(TAG, 2);
            unit.delete(wendy);

            List<RecordedStatement> flushed = statements.record(unit::commit);

            assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly("delete from tag where id = ?");
            assertThat(Rows.committed(dataSource, POST_TAG_ROWS)).containsExactly("1|1", "3|3", "3|4");
        }
    }
}
