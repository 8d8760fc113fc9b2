package dev.relkit.mapper.school;

import dev.relkit.model.school.Course;
import dev.relkit.model.school.Enrollment;
import dev.relkit.model.school.Student;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;

import java.util.List;

import static dev.relkit.mapper.school.CourseDynamicSqlSupport.course;
import static dev.relkit.mapper.school.EnrollmentDynamicSqlSupport.enrollment;
import static dev.relkit.mapper.school.StudentDynamicSqlSupport.student;

/**
 * The school domain: {@code enrollment} links students and courses twice over.
 *
 * <pre>
 * student ◄── enrollment ──► course    Student.courses ◄──► Course.students   (many-to-many, view-only)
 * student.id ◄── enrollment.student_id  Student.enrollments ◄──► Enrollment.student
 * course.id  ◄── enrollment.course_id   Course.enrollments  ◄──► Enrollment.course
 * </pre>
 *
 * <p>The many-to-many pair reads {@code enrollment} as a plain secondary table; the
 * {@link Enrollment} association object maps the same rows with their own columns (date, grade,
 * completion). As SQLAlchemy advises when both map one table, the many-to-many side is
 * {@linkplain Relationship.Builder#viewOnly() view-only}: an enrollment row needs its
 * {@code enrollment_date}, which only the association object can supply, so enrollments are written
 * through {@code Student.enrollments} / {@code Course.enrollments}.
 */
public final class SchoolRelationships {

    public static final EntityType<Student> STUDENT = EntityType.builder(Student.class, student)
            .generatedId("id", student.id, Student::getId, Student::setId)
            .column("name", student.name, Student::getName, Student::setName)
            .resultMap(StudentMapper.NAMESPACE + ".studentResult")
            .build();

    public static final EntityType<Course> COURSE = EntityType.builder(Course.class, course)
            .generatedId("id", course.id, Course::getId, Course::setId)
            .column("title", course.title, Course::getTitle, Course::setTitle)
            .resultMap(CourseMapper.NAMESPACE + ".courseResult")
            .build();

    public static final EntityType<Enrollment> ENROLLMENT = EntityType.builder(Enrollment.class, enrollment)
            .id("studentId", enrollment.studentId, Enrollment::getStudentId, Enrollment::setStudentId)
            .id("courseId", enrollment.courseId, Enrollment::getCourseId, Enrollment::setCourseId)
            .column("enrollmentDate", enrollment.enrollmentDate, Enrollment::getEnrollmentDate, Enrollment::setEnrollmentDate)
            .column("grade", enrollment.grade, Enrollment::getGrade, Enrollment::setGrade)
            .column("completed", enrollment.completed, Enrollment::getCompleted, Enrollment::setCompleted)
            .resultMap(EnrollmentMapper.NAMESPACE + ".enrollmentResult")
            .build();

    /** {@code Student.courses}: many-to-many through {@code enrollment}, by title; view-only. */
    public static final Relationship<Student, Course> STUDENT_COURSES = Relationship.manyToMany("courses", STUDENT, COURSE)
            .secondary(enrollment)
            .on(student.id, enrollment.studentId)
            .secondaryOn(enrollment.courseId, course.id)
            .list(Student::getCourses, Student::setCourses)
            .orderBy(course.title)
            .viewOnly()
            .backPopulates("students")
            .build();

    /** {@code Course.students}: the inverse of {@link #STUDENT_COURSES}, by name; view-only. */
    public static final Relationship<Course, Student> COURSE_STUDENTS = Relationship.manyToMany("students", COURSE, STUDENT)
            .secondary(enrollment)
            .on(course.id, enrollment.courseId)
            .secondaryOn(enrollment.studentId, student.id)
            .list(Course::getStudents, Course::setStudents)
            .orderBy(student.name)
            .viewOnly()
            .backPopulates("courses")
            .build();

    /** {@code Student.enrollments}: the association objects, by enrollment date then course. */
    public static final Relationship<Student, Enrollment> STUDENT_ENROLLMENTS = Relationship.oneToMany("enrollments", STUDENT, ENROLLMENT)
            .on(student.id, enrollment.studentId)
            .list(Student::getEnrollments, Student::setEnrollments)
            .orderBy(enrollment.enrollmentDate, enrollment.courseId)
            .backPopulates("student")
            .build();

    /** {@code Course.enrollments}: the association objects, by enrollment date then student. */
    public static final Relationship<Course, Enrollment> COURSE_ENROLLMENTS = Relationship.oneToMany("enrollments", COURSE, ENROLLMENT)
            .on(course.id, enrollment.courseId)
            .list(Course::getEnrollments)
            .orderBy(enrollment.enrollmentDate, enrollment.studentId)
            .backPopulates("course")
            .build();

    /** {@code Enrollment.student}: the inverse of {@link #STUDENT_ENROLLMENTS}. */
    public static final Relationship<Enrollment, Student> ENROLLMENT_STUDENT = Relationship.manyToOne("student", ENROLLMENT, STUDENT)
            .on(enrollment.studentId, student.id)
            .reference(Enrollment::getStudent, Enrollment::setStudent)
            .backPopulates("enrollments")
            .build();

    /** {@code Enrollment.course}: the inverse of {@link #COURSE_ENROLLMENTS}. */
    public static final Relationship<Enrollment, Course> ENROLLMENT_COURSE = Relationship.manyToOne("course", ENROLLMENT, COURSE)
            .on(enrollment.courseId, course.id)
            .reference(Enrollment::getCourse, Enrollment::setCourse)
            .backPopulates("enrollments")
            .build();

    /** Every relationship of the school domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(STUDENT_COURSES, COURSE_STUDENTS,
            STUDENT_ENROLLMENTS, COURSE_ENROLLMENTS, ENROLLMENT_STUDENT, ENROLLMENT_COURSE);

    private SchoolRelationships() {
    }
}
