package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.blog.BlogRelationships;
import dev.relkit.mapper.company.CompanyRelationships;
import dev.relkit.mapper.school.SchoolRelationships;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import dev.relkit.model.school.Course;
import dev.relkit.model.school.Enrollment;
import dev.relkit.model.school.Student;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.BackReferences;
import dev.relkit.load.LoadPlan;
import dev.relkit.session.RelkitSession;
import dev.relkit.session.ViewOnlyChangeException;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.BlogRelationships.TAG;
import static dev.relkit.mapper.blog.BlogRelationships.TAG_POSTS;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;
import static dev.relkit.mapper.company.CompanyRelationships.DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE_DEPARTMENT;
import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.mapper.school.SchoolRelationships.COURSE;
import static dev.relkit.mapper.school.SchoolRelationships.ENROLLMENT_COURSE;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT_COURSES;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT_ENROLLMENTS;
import static dev.relkit.load.Loading.selectIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Back-populates ({@link BackReferences}) on the reference domains, written by the unit of work: the
 * one-to-many {@code Department.employees} / {@code Employee.department}, the many-to-many
 * {@code Post.tags} / {@code Tag.posts} changed from either side, and the view-only many-to-many
 * {@code Student.courses}. Rows are read by plain JDBC after each flush, commit and rollback.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class BidirectionalSyncIT {

    private static final Metamodel COMPANY = Metamodel.of(CompanyRelationships.ALL);
    private static final Metamodel BLOG = Metamodel.of(BlogRelationships.ALL);
    private static final Metamodel SCHOOL = Metamodel.of(SchoolRelationships.ALL);
    private static final String POST_TAG_ROWS = "select post_id, tag_id from post_tag order by post_id, tag_id";

    private SqlSessionFactory factory;

    @BeforeEach
    void reload(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        this.factory = factory;
    }

    @Test
    void movingAnEmployeeToAnotherDepartmentMovesItBetweenTheCollectionsAndUpdatesOneColumn(
            StatementRecorder statements, DataSource dataSource) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            BackReferences backReferences = unit.backReferences(); // finds Lena's old department by her foreign key
            List<Department> departments = statements.assertCount(2, () -> unit.load(DEPARTMENT, unit.query(DEPARTMENT,
                    select(department.id, department.name).from(department).where(department.id, isIn(1, 3)).orderBy(department.id)),
                    LoadPlan.of(selectIn(EMPLOYEES))));
            Department engineering = departments.get(0);
            Department support = departments.get(1);
            Employee lena = support.getEmployees().get(0);

            backReferences.set(EMPLOYEE_DEPARTMENT, lena, engineering);

            assertThat(support.getEmployees()).extracting(Employee::getName).containsExactly("Mia Rossi");
            assertThat(engineering.getEmployees()).last().isSameAs(lena);
            assertThat(lena.getDepartmentId()).isEqualTo(1);
            List<RecordedStatement> flushed = statements.record(unit::flush);
            assertThat(flushed).singleElement().satisfies(update -> {
                assertThat(update.oneLineSql()).isEqualTo("update employee set department_id = ? where id = ?");
                assertThat(update.parameters()).containsExactly(1, 5L);
            });
            String lenaRow = "select e.name, d.name from employee e join department d on d.id = e.department_id where e.id = 5";
            assertThat(Rows.read(unit.sqlSession().getConnection(), lenaRow)).containsExactly("Lena Fischer|Engineering");
            statements.assertCount(0, unit::flush);

            unit.rollback();
            assertThat(Rows.committed(dataSource, lenaRow)).containsExactly("Lena Fischer|Support");

            statements.assertCount(1, unit::commit); // the move is still pending after the rollback
            assertThat(Rows.committed(dataSource, lenaRow)).containsExactly("Lena Fischer|Engineering");
        }
    }

    @Test
    void anEmployeeAddedToADepartmentsCollectionGetsItsBackReferenceAndIsInsertedWithTheDepartmentsKey(
            StatementRecorder statements, DataSource dataSource) {
        BackReferences backReferences = new BackReferences(COMPANY);
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Department legal = unit.get(DEPARTMENT, 4);
            Employee ivy = new Employee("Ivy Chen", LocalDate.of(2025, 1, 6), new BigDecimal("99000.00"));

            backReferences.add(EMPLOYEES, legal, ivy);
            unit.add(legal);

            assertThat(ivy.getDepartment()).isSameAs(legal);
            assertThat(ivy.getDepartmentId()).isEqualTo(4);
            List<RecordedStatement> flushed = statements.record(unit::flush);
            assertThat(flushed).singleElement().satisfies(insert -> {
                assertThat(insert.oneLineSql()).startsWith("insert into employee (name, department_id, manager_id, hired_at, salary)");
                assertThat(insert.parameters()).startsWith("Ivy Chen", 4);
            });
            String legalRows = "select e.name from employee e join department d on d.id = e.department_id where d.name = 'Legal'";
            assertThat(Rows.read(unit.sqlSession().getConnection(), legalRows)).containsExactly("Ivy Chen");
            unit.commit();
            assertThat(Rows.committed(dataSource, legalRows)).containsExactly("Ivy Chen");
        }
    }

    @Test
    void anEmployeeRemovedFromItsDepartmentsCollectionLosesTheDepartmentInTheDatabase(
            StatementRecorder statements, DataSource dataSource) {
        BackReferences backReferences = new BackReferences(COMPANY);
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Department support = statements.assertCount(2, () -> unit.load(DEPARTMENT, List.of(unit.get(DEPARTMENT, 3)),
                    LoadPlan.of(selectIn(EMPLOYEES))).get(0));
            Employee mia = support.getEmployees().get(1);

            backReferences.remove(EMPLOYEES, support, mia);
            List<RecordedStatement> flushed = statements.record(unit::commit);

            assertThat(mia.getDepartment()).isNull();
            assertThat(flushed).singleElement().satisfies(update -> {
                assertThat(update.oneLineSql()).isEqualTo("update employee set department_id = null where id = ?");
                assertThat(update.parameters()).containsExactly(11L);
            });
            assertThat(Rows.committed(dataSource, "select name, department_id from employee where department_id = 3 or id = 11 order by id"))
                    .containsExactly("Lena Fischer|3", "Mia Rossi|null");
        }
    }

    @Test
    void aManyToManyChangedFromEitherSideWritesEachLinkRowOnce(StatementRecorder statements, DataSource dataSource) {
        BackReferences backReferences = new BackReferences(BLOG);
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            List<Post> posts = statements.assertCount(2, () -> unit.load(POST,
                    unit.query(POST, select(post.allColumns()).from(post).orderBy(post.id)), LoadPlan.of(selectIn(POST_TAGS))));
            List<Tag> tags = statements.assertCount(2, () -> unit.load(TAG,
                    unit.query(TAG, select(tag.allColumns()).from(tag).orderBy(tag.id)), LoadPlan.of(selectIn(TAG_POSTS))));
            Post wendysFirst = posts.get(0);
            Post marysDraft = posts.get(3);
            Tag wendy = tags.get(1);
            Tag databases = tags.get(4);
            assertThat(wendysFirst.getTags()).as("one object per row across both loads").contains(wendy);

            backReferences.add(POST_TAGS, marysDraft, databases);
            assertThat(databases.getPosts()).containsExactly(marysDraft);
            List<RecordedStatement> inserted = statements.record(unit::flush);

            assertThat(inserted).extracting(RecordedStatement::oneLineSql).containsExactly("insert into post_tag (post_id, tag_id) values (?, ?)");
            assertThat(inserted.get(0).parameters()).containsExactly(4, 5);
            assertThat(Rows.read(unit.sqlSession().getConnection(), POST_TAG_ROWS)).containsExactly("1|1", "1|2", "2|2", "3|3", "3|4", "4|5");

            backReferences.remove(TAG_POSTS, wendy, wendysFirst); // from the other side
            assertThat(wendysFirst.getTags()).extracting(Tag::getSlug).containsExactly("firstpost");
            List<RecordedStatement> deleted = statements.record(unit::flush);

            assertThat(deleted).extracting(RecordedStatement::oneLineSql).containsExactly("delete from post_tag where post_id = ? and tag_id = ?");
            assertThat(deleted.get(0).parameters()).containsExactly(1, 2);
            assertThat(Rows.read(unit.sqlSession().getConnection(), POST_TAG_ROWS)).containsExactly("1|1", "2|2", "3|3", "3|4", "4|5");
            assertThat(Rows.committed(dataSource, POST_TAG_ROWS)).as("before commit").containsExactly("1|1", "1|2", "2|2", "3|3", "3|4");
            statements.assertCount(0, unit::commit);
            assertThat(Rows.committed(dataSource, POST_TAG_ROWS)).containsExactly("1|1", "2|2", "3|3", "3|4", "4|5");
            assertThat(Rows.committed(dataSource, "select count(*) from tag")).containsExactly("5");
        }
    }

    @Test
    void aTagSetComesBackInTheDeclaredSlugOrderWhateverOrderTagsWereAddedIn(StatementRecorder statements, DataSource dataSource) {
        BackReferences backReferences = new BackReferences(BLOG);
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Post wendysFirst = statements.assertCount(2, () -> unit.load(POST, List.of(unit.get(POST, 1)),
                    LoadPlan.of(selectIn(POST_TAGS))).get(0));
            backReferences.add(POST_TAGS, wendysFirst, unit.get(TAG, 3)); // orm
            backReferences.add(POST_TAGS, wendysFirst, unit.get(TAG, 5)); // databases
            assertThat(wendysFirst.getTags()).extracting(Tag::getSlug).containsExactly("firstpost", "wendy", "orm", "databases");
            statements.assertCount(2, unit::commit);
        }
        assertThat(Rows.committed(dataSource, "select tag_id from post_tag where post_id = 1 order by tag_id")).containsExactly("1", "2", "3", "5");
        try (RelkitSession reader = ReferenceCatalogue.session(factory.openSession(false))) {
            Post reloaded = statements.assertCount(2, () -> reader.load(POST, List.of(reader.get(POST, 1)),
                    LoadPlan.of(selectIn(POST_TAGS))).get(0));
            assertThat(reloaded.getTags()).as("Post.tags is ordered by tag.slug")
                    .extracting(Tag::getSlug).containsExactly("databases", "firstpost", "orm", "wendy");
        }
    }

    @Test
    void theViewOnlyStudentCoursesRejectsChangesAndEnrollmentsAreWrittenThroughTheAssociationObject(
            StatementRecorder statements, DataSource dataSource) {
        BackReferences backReferences = new BackReferences(SCHOOL);
        String enrollmentRows = "select student_id, course_id, enrollment_date from enrollment where student_id = 1 order by course_id";
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            Student ana = statements.assertCount(3, () -> unit.load(STUDENT, List.of(unit.get(STUDENT, 1)),
                    LoadPlan.of(selectIn(STUDENT_COURSES), selectIn(STUDENT_ENROLLMENTS))).get(0));
            Course drama = unit.get(COURSE, 4);

            assertThatThrownBy(() -> backReferences.add(STUDENT_COURSES, ana, drama))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("Student.courses is view-only");
            ana.getCourses().add(drama);
            statements.assertCount(0, () -> assertThatThrownBy(unit::flush)
                    .isInstanceOf(ViewOnlyChangeException.class)
                    .hasMessageContaining("Student.courses is view-only, but its targets changed on Student#1"));
            assertThat(Rows.committed(dataSource, enrollmentRows)).containsExactly("1|1|2024-09-02", "1|2|2024-09-02", "1|3|2025-01-13");

            ana.getCourses().remove(drama);
            Enrollment enrollment = new Enrollment(LocalDate.of(2025, 2, 3), null, false);
            backReferences.set(ENROLLMENT_COURSE, enrollment, drama);
            backReferences.add(STUDENT_ENROLLMENTS, ana, enrollment);
            List<RecordedStatement> flushed = statements.record(unit::flush);

            assertThat(flushed).extracting(RecordedStatement::oneLineSql).singleElement().asString().startsWith("insert into enrollment");
            assertThat(Rows.read(unit.sqlSession().getConnection(), enrollmentRows))
                    .containsExactly("1|1|2024-09-02", "1|2|2024-09-02", "1|3|2025-01-13", "1|4|2025-02-03");
            unit.rollback();
            assertThat(Rows.committed(dataSource, enrollmentRows)).containsExactly("1|1|2024-09-02", "1|2|2024-09-02", "1|3|2025-01-13");
        }
    }
}
