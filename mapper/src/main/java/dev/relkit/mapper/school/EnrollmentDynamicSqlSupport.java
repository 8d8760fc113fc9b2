package dev.relkit.mapper.school;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;
import java.time.LocalDate;

/** Table and columns of {@code enrollment}: the link table of {@code Student.courses} and the table of the {@code Enrollment} association object. */
public final class EnrollmentDynamicSqlSupport {

    public static final EnrollmentTable enrollment = new EnrollmentTable();
    public static final SqlColumn<Integer> studentId = enrollment.studentId;
    public static final SqlColumn<Integer> courseId = enrollment.courseId;
    public static final SqlColumn<LocalDate> enrollmentDate = enrollment.enrollmentDate;
    public static final SqlColumn<String> grade = enrollment.grade;
    public static final SqlColumn<Boolean> completed = enrollment.completed;

    private EnrollmentDynamicSqlSupport() {
    }

    public static final class EnrollmentTable extends AliasableSqlTable<EnrollmentTable> {
        public final SqlColumn<Integer> studentId = column("student_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> courseId = column("course_id", JDBCType.INTEGER);
        public final SqlColumn<LocalDate> enrollmentDate = column("enrollment_date", JDBCType.DATE);
        public final SqlColumn<String> grade = column("grade", JDBCType.VARCHAR);
        public final SqlColumn<Boolean> completed = column("completed", JDBCType.BOOLEAN);

        public EnrollmentTable() {
            super("enrollment", EnrollmentTable::new);
        }
    }
}
