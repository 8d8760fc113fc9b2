-- relkit reference schema: students, courses and enrollments.
-- Patterns: enrollment is both the secondary table of the many-to-many student <-> course and
-- an association object with its own columns (enrollment_date, grade, completed).
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS enrollment;
DROP TABLE IF EXISTS course;
DROP TABLE IF EXISTS student;

CREATE TABLE student (
    id   INT          NOT NULL AUTO_INCREMENT,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE course (
    id    INT          NOT NULL AUTO_INCREMENT,
    title VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_course_title (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE enrollment (
    student_id      INT        NOT NULL,
    course_id       INT        NOT NULL,
    enrollment_date DATE       NOT NULL,
    grade           VARCHAR(5) NULL,
    completed       BOOLEAN    NOT NULL DEFAULT FALSE,
    PRIMARY KEY (student_id, course_id),
    KEY ix_enrollment_course (course_id),
    CONSTRAINT fk_enrollment_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT fk_enrollment_course FOREIGN KEY (course_id) REFERENCES course (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
