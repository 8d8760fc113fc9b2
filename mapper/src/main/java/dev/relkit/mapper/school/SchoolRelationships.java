package dev.relkit.mapper.school;

import dev.relkit.model.school.Course;
import dev.relkit.model.school.Enrollment;
import dev.relkit.model.school.Student;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

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

    public static final EntityType<Student> STUDENT = EntityType.fromTable(Student.class, student)
            .generatedId(student.id)
            .resultMap(StudentMapper.NAMESPACE + ".studentResult")
            .build();

    public static final EntityType<Course> COURSE = EntityType.fromTable(Course.class, course)
            .generatedId(course.id)
            .resultMap(CourseMapper.NAMESPACE + ".courseResult")
            .build();

    public static final EntityType<Enrollment> ENROLLMENT = EntityType.fromTable(Enrollment.class, enrollment)
            .id(enrollment.studentId)
            .id(enrollment.courseId)
            .resultMap(EnrollmentMapper.NAMESPACE + ".enrollmentResult")
            .build();

    /** {@code Student.courses}: many-to-many through {@code enrollment}, by title; view-only. */
    public static final RelationshipPair<Student, Course> STUDENT_COURSES_PAIR = Relationship.manyToMany("courses", STUDENT, COURSE)
            .secondary(enrollment)
            .on(student.id, enrollment.studentId)
            .secondaryOn(enrollment.courseId, course.id)
            .list(Student::getCourses, Student::setCourses)
            .orderBy(course.title)
            .viewOnly()
            .withInverse("students", inverse -> inverse
                    .list(Course::getStudents, Course::setStudents)
                    .orderBy(student.name)
                    .viewOnly())
            .build();
    public static final Relationship<Student, Course> STUDENT_COURSES = STUDENT_COURSES_PAIR.relationship();
    /** {@code Course.students}: the inverse of {@link #STUDENT_COURSES}, by name; view-only. */
    public static final Relationship<Course, Student> COURSE_STUDENTS = STUDENT_COURSES_PAIR.inverse();

    /** {@code Student.enrollments}: the association objects, by enrollment date then course. */
    public static final RelationshipPair<Student, Enrollment> STUDENT_ENROLLMENTS_PAIR = Relationship.oneToMany("enrollments", STUDENT, ENROLLMENT)
            .on(student.id, enrollment.studentId)
            .list(Student::getEnrollments, Student::setEnrollments)
            .orderBy(enrollment.enrollmentDate, enrollment.courseId)
            .withInverse("student", inverse -> inverse.reference(Enrollment::getStudent, Enrollment::setStudent))
            .build();
    public static final Relationship<Student, Enrollment> STUDENT_ENROLLMENTS = STUDENT_ENROLLMENTS_PAIR.relationship();
    /** {@code Enrollment.student}: the inverse of {@link #STUDENT_ENROLLMENTS}. */
    public static final Relationship<Enrollment, Student> ENROLLMENT_STUDENT = STUDENT_ENROLLMENTS_PAIR.inverse();

    /** {@code Course.enrollments}: the association objects, by enrollment date then student. */
    public static final RelationshipPair<Course, Enrollment> COURSE_ENROLLMENTS_PAIR = Relationship.oneToMany("enrollments", COURSE, ENROLLMENT)
            .on(course.id, enrollment.courseId)
            .list(Course::getEnrollments)
            .orderBy(enrollment.enrollmentDate, enrollment.studentId)
            .withInverse("course", inverse -> inverse.reference(Enrollment::getCourse, Enrollment::setCourse))
            .build();
    public static final Relationship<Course, Enrollment> COURSE_ENROLLMENTS = COURSE_ENROLLMENTS_PAIR.relationship();
    /** {@code Enrollment.course}: the inverse of {@link #COURSE_ENROLLMENTS}. */
    public static final Relationship<Enrollment, Course> ENROLLMENT_COURSE = COURSE_ENROLLMENTS_PAIR.inverse();

    /** Every relationship of the school domain. */
    public static final List<Relationship<?, ?>> ALL = List.of(STUDENT_COURSES, COURSE_STUDENTS,
            STUDENT_ENROLLMENTS, COURSE_ENROLLMENTS, ENROLLMENT_STUDENT, ENROLLMENT_COURSE);

    private SchoolRelationships() {
    }
}
