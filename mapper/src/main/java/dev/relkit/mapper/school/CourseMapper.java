package dev.relkit.mapper.school;

import dev.relkit.mapper.school.EnrollmentDynamicSqlSupport.EnrollmentTable;
import dev.relkit.mapper.school.StudentDynamicSqlSupport.StudentTable;
import dev.relkit.model.school.Course;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipOrder;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.school.CourseDynamicSqlSupport.course;
import static dev.relkit.mapper.school.EnrollmentDynamicSqlSupport.enrollment;
import static dev.relkit.mapper.school.SchoolRelationships.COURSE_STUDENTS;
import static dev.relkit.mapper.school.StudentDynamicSqlSupport.student;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Courses with their students: the inverse direction of {@code Student.courses}, through the link
 * table {@code enrollment}, from one statement mapped by {@code courseWithStudentsResult}.
 */
public interface CourseMapper {

    String NAMESPACE = "dev.relkit.mapper.school.CourseMapper";

    /** The link table of {@code Course.students}. */
    EnrollmentTable studentsLink = enrollment.withAlias(COURSE_STUDENTS.linkAlias());
    /** The course's students ({@code Course.students}). */
    StudentTable students = student.withAlias(COURSE_STUDENTS.roleAlias());

    /** Course columns, then student columns under {@code s_}. */
    BasicColumn[] courseWithStudentsSelectList = {
            course.id, course.title, students.id.as("s_id"), students.name.as("s_name")};

    /** Every course, own columns only (no students, no enrollments), by id; one statement. */
    List<Course> selectAll();

    /** Every course with its students (XML); one statement. A course without students has an empty list. */
    List<Course> selectAllWithStudents();

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("courseWithStudentsResult")
    List<Course> selectManyWithStudents(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithStudents} built from the relationship declaration. */
    default List<Course> selectAllWithStudentsDynamic() {
        return selectManyWithStudents(selectAllWithStudentsStatement());
    }

    /** The rendered statement of {@link #selectAllWithStudentsDynamic}. */
    static SelectStatementProvider selectAllWithStudentsStatement() {
        var withLink = RelationshipJoins.onLink(
                select(courseWithStudentsSelectList).from(course).leftJoin(studentsLink), COURSE_STUDENTS, course, studentsLink);
        return RelationshipJoins.onTarget(withLink.leftJoin(students), COURSE_STUDENTS, studentsLink, students)
                .orderBy(RelationshipOrder.after(course.id, COURSE_STUDENTS))
                .build()
                .render(MYBATIS3);
    }
}
