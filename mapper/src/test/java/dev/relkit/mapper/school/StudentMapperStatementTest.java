package dev.relkit.mapper.school;

import dev.relkit.mapper.XmlStatements;
import dev.relkit.relation.RelationshipOrder;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static org.assertj.core.api.Assertions.assertThat;

/** The school mappers' dynamic-SQL statements, as exact SQL; the school ITs run them on MariaDB. */
class StudentMapperStatementTest {

    private static final String STUDENTS_THROUGH_LINK_TO_COURSES =
            "select student.id, student.name, courses.id as c_id, courses.title as c_title"
                    + " from student left join enrollment courses_link on courses_link.student_id = student.id"
                    + " left join course courses on courses.id = courses_link.course_id";

    @Test
    void studentsJoinTheLinkTableThenCoursesInDeclaredOrder() {
        assertThat(StudentMapper.selectAllWithCoursesStatement().getSelectStatement())
                .isEqualTo(STUDENTS_THROUGH_LINK_TO_COURSES + " order by id, courses.title, courses.id");
    }

    @Test
    void courseFilterIsACorrelatedExistsThroughTheLinkTable() {
        SelectStatementProvider statement = StudentMapper.selectByCourseTitleStatement("Biology");

        assertThat(statement.getSelectStatement()).isEqualTo(STUDENTS_THROUGH_LINK_TO_COURSES
                + " where exists (select 1 from enrollment courses_link join course courses"
                + " on courses.id = courses_link.course_id where courses_link.student_id = student.id"
                + " and courses.title = #{parameters.p1,jdbcType=VARCHAR})"
                + " order by id, courses.title, courses.id");
        assertThat(statement.getParameters()).containsEntry("p1", "Biology");
    }

    @Test
    void studentsWithoutCoursesUseNotExistsThroughTheLinkTable() {
        assertThat(StudentMapper.selectWithoutCoursesStatement().getSelectStatement()).isEqualTo(
                STUDENTS_THROUGH_LINK_TO_COURSES
                        + " where not exists (select 1 from enrollment courses_link join course courses"
                        + " on courses.id = courses_link.course_id where courses_link.student_id = student.id)"
                        + " order by id, courses.title, courses.id");
    }

    @Test
    void coursesJoinTheLinkTableThenStudentsTheOtherWayRound() {
        assertThat(CourseMapper.selectAllWithStudentsStatement().getSelectStatement()).isEqualTo(
                "select course.id, course.title, students.id as s_id, students.name as s_name"
                        + " from course left join enrollment students_link on students_link.course_id = course.id"
                        + " left join student students on students.id = students_link.student_id"
                        + " order by id, students.name, students.id");
    }

    @Test
    void enrollmentsAreJoinedAsEntitiesWithTheirCourse() {
        assertThat(StudentMapper.selectAllWithEnrollmentsStatement().getSelectStatement()).isEqualTo(
                "select student.id, student.name,"
                        + " enrollments.student_id as e_student_id, enrollments.course_id as e_course_id,"
                        + " enrollments.enrollment_date as e_enrollment_date, enrollments.grade as e_grade,"
                        + " enrollments.completed as e_completed, course.id as e_c_id, course.title as e_c_title"
                        + " from student left join enrollment enrollments on enrollments.student_id = student.id"
                        + " left join course course on course.id = enrollments.course_id"
                        + " order by id, enrollments.enrollment_date, enrollments.course_id, enrollments.student_id");
    }

    @Test
    void xmlOrderByFollowsTheDeclaredCollectionOrders() {
        String byCourses = " ORDER BY student.id, " + RelationshipOrder.sql(SchoolRelationships.STUDENT_COURSES);

        assertThat(XmlStatements.sql(StudentMapper.NAMESPACE, "selectAllWithCourses")).endsWith(byCourses);
        assertThat(XmlStatements.sql(StudentMapper.NAMESPACE, "selectWithoutCourses")).endsWith(byCourses);
        assertThat(XmlStatements.sql(StudentMapper.NAMESPACE, "selectAllWithEnrollments"))
                .endsWith(" ORDER BY student.id, " + RelationshipOrder.sql(SchoolRelationships.STUDENT_ENROLLMENTS));
        assertThat(XmlStatements.sql(CourseMapper.NAMESPACE, "selectAllWithStudents"))
                .endsWith(" ORDER BY course.id, " + RelationshipOrder.sql(SchoolRelationships.COURSE_STUDENTS));
    }
}
