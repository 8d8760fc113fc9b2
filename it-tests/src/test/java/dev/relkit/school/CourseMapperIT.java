package dev.relkit.school;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.school.CourseMapper;
import dev.relkit.model.school.Course;
import dev.relkit.model.school.Student;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The inverse many-to-many {@code Course.students}: one statement, XML and dynamic SQL. */
@RelkitTest
class CourseMapperIT {

    @Test
    void xmlLoadsCoursesWithStudentsThroughTheLinkTable(CourseMapper courses, StatementRecorder statements) {
        assertCoursesWithStudents(statements, courses::selectAllWithStudents);
    }

    @Test
    void dynamicSqlLoadsCoursesWithStudentsThroughTheLinkTable(CourseMapper courses, StatementRecorder statements) {
        assertCoursesWithStudents(statements, courses::selectAllWithStudentsDynamic);
    }

    private static void assertCoursesWithStudents(StatementRecorder statements, Supplier<List<Course>> query) {
        List<Course> all = statements.assertCount(1, query);

        assertThat(all).usingRecursiveComparison().isEqualTo(SchoolSeed.coursesWithStudents());
        assertThat(all.get(1).getStudents()).extracting(Student::getName).containsExactly("Ana Lima", "Chloe Dubois");
        assertThat(all.get(3).getTitle()).isEqualTo("Drama");
        assertThat(all.get(3).getStudents()).as("Drama has no students").isEmpty();
    }
}
