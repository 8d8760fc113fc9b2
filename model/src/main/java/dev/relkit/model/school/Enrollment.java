package dev.relkit.model.school;

import java.time.LocalDate;

/**
 * A row of {@code enrollment}, keyed by ({@code student_id}, {@code course_id}): the association
 * object between {@link Student} and {@link Course}, with many-to-ones
 * {@link #getStudent() student} and {@link #getCourse() course}. {@code grade} is {@code null}
 * until the course is graded.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing an enrollment never loads or walks
 * a relationship.
 */
public class Enrollment {

    private Integer studentId;
    private Integer courseId;
    private LocalDate enrollmentDate;
    private String grade;
    private Boolean completed;
    private Student student;
    private Course course;

    public Enrollment() {
    }

    public Enrollment(LocalDate enrollmentDate, String grade, Boolean completed) {
        this.enrollmentDate = enrollmentDate;
        this.grade = grade;
        this.completed = completed;
    }

    public Integer getStudentId() {
        return studentId;
    }

    public void setStudentId(Integer studentId) {
        this.studentId = studentId;
    }

    public Integer getCourseId() {
        return courseId;
    }

    public void setCourseId(Integer courseId) {
        this.courseId = courseId;
    }

    public LocalDate getEnrollmentDate() {
        return enrollmentDate;
    }

    public void setEnrollmentDate(LocalDate enrollmentDate) {
        this.enrollmentDate = enrollmentDate;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public Boolean getCompleted() {
        return completed;
    }

    public void setCompleted(Boolean completed) {
        this.completed = completed;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public Course getCourse() {
        return course;
    }

    public void setCourse(Course course) {
        this.course = course;
    }

    @Override
    public String toString() {
        return "Enrollment{studentId=" + studentId + ", courseId=" + courseId + ", enrollmentDate="
                + enrollmentDate + ", grade='" + grade + "', completed=" + completed + "}";
    }
}
