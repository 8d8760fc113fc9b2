package dev.relkit.school;

import dev.relkit.model.school.Course;
import dev.relkit.model.school.Enrollment;
import dev.relkit.model.school.Student;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rows of {@code seed/student_course.sql}, as the graphs the school queries build. */
final class SchoolSeed {

    private SchoolSeed() {
    }

    static Student student(int id) {
        Student student = new Student(List.of("Ana Lima", "Ben Carter", "Chloe Dubois", "Dmitri Ivanov").get(id - 1));
        student.setId(id);
        return student;
    }

    static Course course(int id) {
        Course course = new Course(List.of("Algebra", "Biology", "Chemistry", "Drama").get(id - 1));
        course.setId(id);
        return course;
    }

    /** Students by id, each with the courses of their enrollments, by title; Dmitri (4) has none. */
    static List<Student> studentsWithCourses() {
        return List.of(
                studentWithCourses(1, 1, 2, 3),
                studentWithCourses(2, 1, 3),
                studentWithCourses(3, 2),
                studentWithCourses(4));
    }

    static Student studentWithCourses(int id, int... courseIds) {
        Student student = student(id);
        for (int courseId : courseIds) {
            student.getCourses().add(course(courseId));
        }
        return student;
    }

    /** Courses by id, each with its students by name; Drama (4) has none. */
    static List<Course> coursesWithStudents() {
        List<Course> courses = new ArrayList<>();
        int[][] studentsByCourse = {{1, 2}, {1, 3}, {1, 2}, {}};
        for (int id = 1; id <= 4; id++) {
            Course course = course(id);
            for (int studentId : studentsByCourse[id - 1]) {
                course.getStudents().add(student(studentId));
            }
            courses.add(course);
        }
        return courses;
    }

    /** Students by id, each with enrollments by date then course, each holding its course. */
    static List<Student> studentsWithEnrollments() {
        Student ana = student(1);
        ana.getEnrollments().addAll(List.of(
                enrollment(1, 1, LocalDate.of(2024, 9, 2), "A", true),
                enrollment(1, 2, LocalDate.of(2024, 9, 2), null, false),
                enrollment(1, 3, LocalDate.of(2025, 1, 13), null, false)));
        Student ben = student(2);
        ben.getEnrollments().addAll(List.of(
                enrollment(2, 1, LocalDate.of(2024, 9, 3), "B+", true),
                enrollment(2, 3, LocalDate.of(2025, 1, 14), "C", true)));
        Student chloe = student(3);
        chloe.getEnrollments().add(enrollment(3, 2, LocalDate.of(2024, 9, 5), null, false));
        return List.of(ana, ben, chloe, student(4));
    }

    private static Enrollment enrollment(int studentId, int courseId, LocalDate date, String grade, boolean completed) {
        Enrollment enrollment = new Enrollment(date, grade, completed);
        enrollment.setStudentId(studentId);
        enrollment.setCourseId(courseId);
        enrollment.setCourse(course(courseId));
        return enrollment;
    }
}
