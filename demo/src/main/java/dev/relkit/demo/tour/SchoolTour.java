package dev.relkit.demo.tour;

import dev.relkit.mapper.school.CourseMapper;
import dev.relkit.mapper.school.StudentMapper;
import dev.relkit.model.school.Course;
import dev.relkit.model.school.Student;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Students and courses over {@code enrollment}: as a many-to-many through the link table (both
 * directions, and {@code any()} through it), and as association objects with their own columns.
 */
final class SchoolTour implements TourSection {

    @Override
    public String title() {
        return "Many-to-many through a link table, and the same link as an association object: students and courses";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/student_course.sql");

        List<Student> students = tour.scenario("Students with their courses through enrollment (XML mapper, one statement)",
                session -> session.getMapper(StudentMapper.class).selectAllWithCourses());
        students.forEach(student -> tour.show(student.getName() + ": "
                + student.getCourses().stream().map(Course::getTitle).toList()));

        List<Course> courses = tour.scenario("Courses with their students, the other direction (dynamic SQL, one statement)",
                session -> session.getMapper(CourseMapper.class).selectAllWithStudentsDynamic());
        courses.forEach(course -> tour.show(course.getTitle() + ": "
                + course.getStudents().stream().map(Student::getName).toList()));

        List<Student> biology = tour.scenario(
                "Students taking Biology: Student.courses.any(title = 'Biology'), EXISTS through the link table",
                session -> session.getMapper(StudentMapper.class).selectByCourseTitleDynamic("Biology"));
        biology.forEach(student -> tour.show(student.getName() + " (all courses kept: "
                + student.getCourses().stream().map(Course::getTitle).toList() + ")"));

        List<Student> idle = tour.scenario("Students enrolled in nothing: NOT EXISTS through the link table (none(), dynamic SQL)",
                session -> session.getMapper(StudentMapper.class).selectWithoutCoursesDynamic());
        idle.forEach(student -> tour.show(student.getName() + " " + student.getCourses()));

        List<Student> enrolled = tour.scenario("Students with enrollments (date, grade, completed) and each course (XML mapper)",
                session -> session.getMapper(StudentMapper.class).selectAllWithEnrollments());
        enrolled.forEach(student -> tour.show(student.getName() + ": " + student.getEnrollments().stream()
                .map(enrollment -> enrollment.getCourse().getTitle() + " since " + enrollment.getEnrollmentDate()
                        + (enrollment.getGrade() == null ? ", not graded" : ", grade " + enrollment.getGrade())
                        + (enrollment.getCompleted() ? ", completed" : ""))
                .collect(Collectors.joining("; ", "[", "]"))));
    }
}
