package dev.relkit.mapper.school;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code course}. */
public final class CourseDynamicSqlSupport {

    public static final CourseTable course = new CourseTable();
    public static final SqlColumn<Integer> id = course.id;
    public static final SqlColumn<String> title = course.title;

    private CourseDynamicSqlSupport() {
    }

    public static final class CourseTable extends AliasableSqlTable<CourseTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> title = column("title", JDBCType.VARCHAR);

        public CourseTable() {
            super("course", CourseTable::new);
        }
    }
}
