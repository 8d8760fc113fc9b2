package dev.relkit.model.school;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code student}. The {@code enrollment} table links students and courses twice over:
 * as the secondary table of the many-to-many {@link #getCourses() courses} /
 * {@link Course#getStudents()}, and as the association object behind
 * {@link #getEnrollments() enrollments}, which exposes the link's own columns (date, grade,
 * completion). Both views describe the same rows; which one a loader fills is its choice.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a student never loads or walks a
 * relationship.
 */
public class Student {

    private Integer id;
    private String name;
    private List<Course> courses = new ArrayList<>();
    private List<Enrollment> enrollments = new ArrayList<>();

    public Student() {
    }

    public Student(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<Course> getCourses() {
        return courses;
    }

    public void setCourses(List<Course> courses) {
        this.courses = courses;
    }

    public List<Enrollment> getEnrollments() {
        return enrollments;
    }

    public void setEnrollments(List<Enrollment> enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public String toString() {
        return "Student{id=" + id + ", name='" + name + "'}";
    }
}
