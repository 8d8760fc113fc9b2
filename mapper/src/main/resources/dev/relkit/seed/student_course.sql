-- Seed: four students, four courses, six enrollments.
-- Edge cases: Dmitri Ivanov (4) is enrolled in nothing, Drama (4) has no students, enrollments
-- still in progress have grade NULL and completed FALSE.
INSERT INTO student (id, name) VALUES
    (1, 'Ana Lima'),
    (2, 'Ben Carter'),
    (3, 'Chloe Dubois'),
    (4, 'Dmitri Ivanov');

INSERT INTO course (id, title) VALUES
    (1, 'Algebra'),
    (2, 'Biology'),
    (3, 'Chemistry'),
    (4, 'Drama');

INSERT INTO enrollment (student_id, course_id, enrollment_date, grade, completed) VALUES
    (1, 1, '2024-09-02', 'A', TRUE),
    (1, 2, '2024-09-02', NULL, FALSE),
    (1, 3, '2025-01-13', NULL, FALSE),
    (2, 1, '2024-09-03', 'B+', TRUE),
    (2, 3, '2025-01-14', 'C', TRUE),
    (3, 2, '2024-09-05', NULL, FALSE);
