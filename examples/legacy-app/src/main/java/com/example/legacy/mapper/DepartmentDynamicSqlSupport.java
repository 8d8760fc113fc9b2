package com.example.legacy.mapper;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code hr_department}. Aliasable, as every table relkit may join under a role alias
 * ({@code department} when an employee's department is joined into a select-in statement).
 */
public final class DepartmentDynamicSqlSupport {

    public static final DepartmentTable department = new DepartmentTable();
    public static final SqlColumn<Integer> deptId = department.deptId;
    public static final SqlColumn<String> deptName = department.deptName;
    public static final SqlColumn<String> costCenter = department.costCenter;

    private DepartmentDynamicSqlSupport() {
    }

    public static final class DepartmentTable extends AliasableSqlTable<DepartmentTable> {
        public final SqlColumn<Integer> deptId = column("dept_id", JDBCType.INTEGER);
        public final SqlColumn<String> deptName = column("dept_name", JDBCType.VARCHAR);
        public final SqlColumn<String> costCenter = column("cost_center", JDBCType.CHAR);

        public DepartmentTable() {
            super("hr_department", DepartmentTable::new);
        }
    }
}
