package dev.relkit.model.school;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code course}: the other end of the many-to-many {@link Student#getCourses()}
 * ({@link #getStudents() students}) and of the association objects
 * {@link #getEnrollments() enrollments}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a course never loads or walks a
 * relationship.
 */
public class Course {

    private Integer id;
    private String title;
    private List<Student> students = new ArrayList<>();
    private List<Enrollment> enrollments = new ArrayList<>();

    public Course() {
    }

    public Course(String title) {
        this.title = title;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<Student> getStudents() {
        return students;
    }

    public void setStudents(List<Student> students) {
        this.students = students;
    }

    public List<Enrollment> getEnrollments() {
        return enrollments;
    }

    public void setEnrollments(List<Enrollment> enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public String toString() {
        return "Course{id=" + id + ", title='" + title + "'}";
    }
}
