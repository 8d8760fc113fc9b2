package dev.relkit.school;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.school.StudentMapper;
import dev.relkit.model.school.Course;
import dev.relkit.model.school.Enrollment;
import dev.relkit.model.school.Student;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Students and courses over the {@code enrollment} table, each query ONE statement in the XML and
 * the dynamic-SQL form: the many-to-many {@code Student.courses} through the link table (with
 * {@code any()} through it), and the association objects {@code Student.enrollments} with their
 * own columns and course.
 */
@RelkitTest
class StudentMapperIT {

    @Test
    void xmlLoadsStudentsWithCoursesThroughTheLinkTable(StudentMapper students, StatementRecorder statements) {
        assertStudentsWithCourses(statements, students::selectAllWithCourses);
    }

    @Test
    void dynamicSqlLoadsStudentsWithCoursesThroughTheLinkTable(StudentMapper students, StatementRecorder statements) {
        assertStudentsWithCourses(statements, students::selectAllWithCoursesDynamic);
    }

    @Test
    void xmlLoadsOneStudentWithCourses(StudentMapper students, StatementRecorder statements) {
        Student ben = statements.assertCount(1, () -> students.selectWithCoursesById(2));
        Student dmitri = statements.assertCount(1, () -> students.selectWithCoursesById(4));

        assertThat(ben).usingRecursiveComparison().isEqualTo(SchoolSeed.studentWithCourses(2, 1, 3));
        assertThat(dmitri).usingRecursiveComparison().isEqualTo(SchoolSeed.student(4));
        assertThat(dmitri.getCourses()).isEmpty();
    }

    @Test
    void xmlCourseFilterThroughTheLinkTableKeepsEveryCourseOfTheMatches(StudentMapper students,
                                                                        StatementRecorder statements) {
        List<Student> biology = statements.assertCount(1, () -> students.selectByCourseTitle("Biology"));

        assertThat(biology).usingRecursiveComparison().isEqualTo(List.of(
                SchoolSeed.studentWithCourses(1, 1, 2, 3), SchoolSeed.studentWithCourses(3, 2)));
    }

    @Test
    void dynamicCourseFilterThroughTheLinkTableKeepsEveryCourseOfTheMatches(StudentMapper students,
                                                                            StatementRecorder statements) {
        List<Student> biology = statements.assertCount(1, () -> students.selectByCourseTitleDynamic("Biology"));

        assertThat(biology).usingRecursiveComparison().isEqualTo(List.of(
                SchoolSeed.studentWithCourses(1, 1, 2, 3), SchoolSeed.studentWithCourses(3, 2)));
        assertThat(statements.assertCount(1, () -> students.selectByCourseTitleDynamic("Drama"))).isEmpty();
    }

    @Test
    void studentsWithoutCoursesInBothForms(StudentMapper students, StatementRecorder statements) {
        List<Student> xml = statements.assertCount(1, students::selectWithoutCourses);
        List<Student> dynamic = statements.assertCount(1, students::selectWithoutCoursesDynamic);

        assertThat(xml).usingRecursiveComparison().isEqualTo(List.of(SchoolSeed.student(4)));
        assertThat(dynamic).usingRecursiveComparison().isEqualTo(List.of(SchoolSeed.student(4)));
    }

    @Test
    void xmlLoadsStudentsWithEnrollmentsAndTheirCourses(StudentMapper students, StatementRecorder statements) {
        assertStudentsWithEnrollments(statements, students::selectAllWithEnrollments);
    }

    @Test
    void dynamicSqlLoadsStudentsWithEnrollmentsAndTheirCourses(StudentMapper students, StatementRecorder statements) {
        assertStudentsWithEnrollments(statements, students::selectAllWithEnrollmentsDynamic);
    }

    private static void assertStudentsWithCourses(StatementRecorder statements, Supplier<List<Student>> query) {
        List<Student> all = statements.assertCount(1, query);

        assertThat(all).usingRecursiveComparison().isEqualTo(SchoolSeed.studentsWithCourses());
        assertThat(all.get(0).getCourses()).extracting(Course::getTitle)
                .containsExactly("Algebra", "Biology", "Chemistry");
        assertThat(all.get(3).getCourses()).as("Dmitri is enrolled in nothing").isEmpty();
        // same identity rule as nested association objects: one Course object per (course, student)
        assertThat(all.get(0).getCourses().get(0)).isNotSameAs(all.get(1).getCourses().get(0));
        // this statement maps Student.courses only
        assertThat(all).flatExtracting(Student::getEnrollments).isEmpty();
    }

    private static void assertStudentsWithEnrollments(StatementRecorder statements, Supplier<List<Student>> query) {
        List<Student> all = statements.assertCount(1, query);

        assertThat(all).usingRecursiveComparison().isEqualTo(SchoolSeed.studentsWithEnrollments());
        assertThat(all.get(0).getEnrollments())
                .extracting(enrollment -> enrollment.getCourse().getTitle(), Enrollment::getGrade, Enrollment::getCompleted)
                .containsExactly(
                        tuple("Algebra", "A", true),
                        tuple("Biology", null, false),
                        tuple("Chemistry", null, false));
        assertThat(all.get(3).getEnrollments()).isEmpty();
        assertThat(all).flatExtracting(Student::getCourses).isEmpty();
    }
}
