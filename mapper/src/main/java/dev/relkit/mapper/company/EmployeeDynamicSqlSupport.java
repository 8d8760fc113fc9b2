package dev.relkit.mapper.company;

import dev.relkit.relation.PrefixedColumns;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.sql.JDBCType;
import java.time.LocalDate;

/**
 * Table and columns of {@code employee}. Aliasable: the table is joined to itself under the role
 * aliases {@code manager}, {@code subordinates} (and their stacked forms per level).
 */
public final class EmployeeDynamicSqlSupport {

    public static final EmployeeTable employee = new EmployeeTable();
    public static final SqlColumn<Integer> id = employee.id;
    public static final SqlColumn<String> name = employee.name;
    public static final SqlColumn<Integer> departmentId = employee.departmentId;
    public static final SqlColumn<Integer> managerId = employee.managerId;
    public static final SqlColumn<LocalDate> hiredAt = employee.hiredAt;
    public static final SqlColumn<BigDecimal> salary = employee.salary;

    private EmployeeDynamicSqlSupport() {
    }

    public static final class EmployeeTable extends AliasableSqlTable<EmployeeTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
        public final SqlColumn<Integer> departmentId = column("department_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> managerId = column("manager_id", JDBCType.INTEGER);
        public final SqlColumn<LocalDate> hiredAt = column("hired_at", JDBCType.DATE);
        public final SqlColumn<BigDecimal> salary = column("salary", JDBCType.DECIMAL);

        public EmployeeTable() {
            super("employee", EmployeeTable::new);
        }

        /**
         * The columns of one employee row on this (aliased) table, each aliased {@code prefix + column
         * name} to match a resultMap's {@code columnPrefix}; an empty prefix leaves them unaliased.
         */
        public BasicColumn[] columns(String prefix) {
            return PrefixedColumns.of(prefix, this);
        }
    }
}
