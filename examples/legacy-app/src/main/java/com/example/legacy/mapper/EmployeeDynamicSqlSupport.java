package com.example.legacy.mapper;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;
import java.time.LocalDate;

/**
 * Table and columns of {@code hr_employee}. Aliasable: it is joined to itself under the role aliases
 * {@code manager} and {@code reports}.
 */
public final class EmployeeDynamicSqlSupport {

    public static final EmployeeTable employee = new EmployeeTable();
    public static final SqlColumn<Integer> id = employee.id;
    public static final SqlColumn<String> empName = employee.empName;
    public static final SqlColumn<Integer> deptId = employee.deptId;
    public static final SqlColumn<Integer> mgrId = employee.mgrId;
    public static final SqlColumn<Integer> homeAddrId = employee.homeAddrId;
    public static final SqlColumn<Integer> workAddrId = employee.workAddrId;
    public static final SqlColumn<LocalDate> hireDt = employee.hireDt;

    private EmployeeDynamicSqlSupport() {
    }

    public static final class EmployeeTable extends AliasableSqlTable<EmployeeTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> empName = column("emp_name", JDBCType.VARCHAR);
        public final SqlColumn<Integer> deptId = column("dept_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> mgrId = column("mgr_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> homeAddrId = column("home_addr_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> workAddrId = column("work_addr_id", JDBCType.INTEGER);
        public final SqlColumn<LocalDate> hireDt = column("hire_dt", JDBCType.DATE);

        public EmployeeTable() {
            super("hr_employee", EmployeeTable::new);
        }
    }
}
