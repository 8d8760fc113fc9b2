package dev.relkit.mapper.school;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code student}. */
public final class StudentDynamicSqlSupport {

    public static final StudentTable student = new StudentTable();
    public static final SqlColumn<Integer> id = student.id;
    public static final SqlColumn<String> name = student.name;

    private StudentDynamicSqlSupport() {
    }

    public static final class StudentTable extends AliasableSqlTable<StudentTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public StudentTable() {
            super("student", StudentTable::new);
        }
    }
}
