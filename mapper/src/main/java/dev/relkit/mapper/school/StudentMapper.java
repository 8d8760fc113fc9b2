package dev.relkit.mapper.school;

import dev.relkit.mapper.school.CourseDynamicSqlSupport.CourseTable;
import dev.relkit.mapper.school.EnrollmentDynamicSqlSupport.EnrollmentTable;
import dev.relkit.model.school.Student;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipOrder;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.school.CourseDynamicSqlSupport.course;
import static dev.relkit.mapper.school.EnrollmentDynamicSqlSupport.enrollment;
import static dev.relkit.mapper.school.SchoolRelationships.ENROLLMENT_COURSE;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT_COURSES;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT_ENROLLMENTS;
import static dev.relkit.mapper.school.StudentDynamicSqlSupport.student;
import static dev.relkit.relation.RelationshipPredicates.any;
import static dev.relkit.relation.RelationshipPredicates.none;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Students with their courses, two ways over the same {@code enrollment} rows:
 * <ul>
 *   <li>many-to-many {@code Student.courses}: {@code student -> enrollment (courses_link) -> course
 *       (courses)}, mapped by {@code studentWithCoursesResult};</li>
 *   <li>association objects {@code Student.enrollments}, each with its date, grade, completion and
 *       course, mapped by {@code studentWithEnrollmentsResult}.</li>
 * </ul>
 * Each query is one statement, as XML ({@code StudentMapper.xml}) and as a dynamic-SQL default
 * method whose joins come from {@link SchoolRelationships}.
 */
public interface StudentMapper {

    String NAMESPACE = "dev.relkit.mapper.school.StudentMapper";

    /** The link table of {@code Student.courses}. */
    EnrollmentTable coursesLink = enrollment.withAlias(STUDENT_COURSES.linkAlias());
    /** The student's courses ({@code Student.courses}). */
    CourseTable courses = course.withAlias(STUDENT_COURSES.roleAlias());
    /** The student's enrollments ({@code Student.enrollments}). */
    EnrollmentTable enrollments = enrollment.withAlias(STUDENT_ENROLLMENTS.roleAlias());
    /** Each enrollment's course ({@code Enrollment.course}). */
    CourseTable enrolledCourse = course.withAlias(ENROLLMENT_COURSE.roleAlias());

    /** Student columns, then course columns under {@code c_}. */
    BasicColumn[] studentWithCoursesSelectList = {
            student.id, student.name, courses.id.as("c_id"), courses.title.as("c_title")};

    /** Student columns, then enrollment columns under {@code e_} and the course under {@code e_c_}. */
    BasicColumn[] studentWithEnrollmentsSelectList = {
            student.id, student.name,
            enrollments.studentId.as("e_student_id"), enrollments.courseId.as("e_course_id"),
            enrollments.enrollmentDate.as("e_enrollment_date"), enrollments.grade.as("e_grade"),
            enrollments.completed.as("e_completed"),
            enrolledCourse.id.as("e_c_id"), enrolledCourse.title.as("e_c_title")};

    // ---- XML statements (StudentMapper.xml) ----

    /** Every student, own columns only (no courses, no enrollments), by id; one statement. */
    List<Student> selectAll();

    /** Every student with their courses; one statement. A student without enrollments has an empty list. */
    List<Student> selectAllWithCourses();

    /** One student with their courses, or null; one statement. */
    Student selectWithCoursesById(int id);

    /** Students taking a course with this title ({@code Student.courses.any(title)}), with all their courses. */
    List<Student> selectByCourseTitle(String title);

    /** Students enrolled in nothing ({@code ~Student.courses.any()}), with their (empty) courses. */
    List<Student> selectWithoutCourses();

    /** Every student with their enrollments, each holding its course; one statement. */
    List<Student> selectAllWithEnrollments();

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("studentWithCoursesResult")
    List<Student> selectManyWithCourses(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("studentWithEnrollmentsResult")
    List<Student> selectManyWithEnrollments(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithCourses} built from the relationship declaration. */
    default List<Student> selectAllWithCoursesDynamic() {
        return selectManyWithCourses(selectAllWithCoursesStatement());
    }

    /** {@link #selectByCourseTitle} built from the relationship declaration. */
    default List<Student> selectByCourseTitleDynamic(String title) {
        return selectManyWithCourses(selectByCourseTitleStatement(title));
    }

    /** {@link #selectWithoutCourses} built from the relationship declaration. */
    default List<Student> selectWithoutCoursesDynamic() {
        return selectManyWithCourses(selectWithoutCoursesStatement());
    }

    /** {@link #selectAllWithEnrollments} built from the relationship declarations. */
    default List<Student> selectAllWithEnrollmentsDynamic() {
        return selectManyWithEnrollments(selectAllWithEnrollmentsStatement());
    }

    /** The rendered statement of {@link #selectAllWithCoursesDynamic}. */
    static SelectStatementProvider selectAllWithCoursesStatement() {
        return joinCourses()
                .orderBy(RelationshipOrder.after(student.id, STUDENT_COURSES))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectByCourseTitleDynamic}. */
    static SelectStatementProvider selectByCourseTitleStatement(String title) {
        return joinCourses()
                .where(any(STUDENT_COURSES, course.title, isEqualTo(title)))
                .orderBy(RelationshipOrder.after(student.id, STUDENT_COURSES))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectWithoutCoursesDynamic}. */
    static SelectStatementProvider selectWithoutCoursesStatement() {
        return joinCourses()
                .where(none(STUDENT_COURSES))
                .orderBy(RelationshipOrder.after(student.id, STUDENT_COURSES))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectAllWithEnrollmentsDynamic}. */
    static SelectStatementProvider selectAllWithEnrollmentsStatement() {
        var withEnrollments = RelationshipJoins.on(
                select(studentWithEnrollmentsSelectList).from(student).leftJoin(enrollments),
                STUDENT_ENROLLMENTS, student, enrollments);
        return RelationshipJoins.on(withEnrollments.leftJoin(enrolledCourse), ENROLLMENT_COURSE, enrollments, enrolledCourse)
                .orderBy(RelationshipOrder.after(student.id, STUDENT_ENROLLMENTS))
                .build()
                .render(MYBATIS3);
    }

    /** {@code student} outer-joined through the link table to its courses. */
    private static QueryExpressionDSL<SelectModel>.JoinSpecificationFinisher joinCourses() {
        var withLink = RelationshipJoins.onLink(
                select(studentWithCoursesSelectList).from(student).leftJoin(coursesLink), STUDENT_COURSES, student, coursesLink);
        return RelationshipJoins.onTarget(withLink.leftJoin(courses), STUDENT_COURSES, coursesLink, courses);
    }
}
