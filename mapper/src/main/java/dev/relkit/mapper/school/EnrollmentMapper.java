package dev.relkit.mapper.school;

/**
 * Enrollments (the association object). The XML publishes {@code enrollmentColumns},
 * {@code enrollmentResult} and {@code enrollmentWithCourseResult} for student queries.
 */
public interface EnrollmentMapper {

    String NAMESPACE = "dev.relkit.mapper.school.EnrollmentMapper";
}
