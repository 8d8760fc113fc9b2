package com.example.legacy.mapper;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.sql.JDBCType;

/**
 * Table and columns of {@code hr_assignment}. The association object's table: its own key, both
 * foreign keys and its own columns. Aliasable, as every table relkit may join under a role alias.
 */
public final class AssignmentDynamicSqlSupport {

    public static final AssignmentTable assignment = new AssignmentTable();
    public static final SqlColumn<Integer> asgnId = assignment.asgnId;
    public static final SqlColumn<Integer> empId = assignment.empId;
    public static final SqlColumn<Integer> projId = assignment.projId;
    public static final SqlColumn<String> roleNm = assignment.roleNm;
    public static final SqlColumn<BigDecimal> hoursPw = assignment.hoursPw;

    private AssignmentDynamicSqlSupport() {
    }

    public static final class AssignmentTable extends AliasableSqlTable<AssignmentTable> {
        public final SqlColumn<Integer> asgnId = column("asgn_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> empId = column("emp_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> projId = column("proj_id", JDBCType.INTEGER);
        public final SqlColumn<String> roleNm = column("role_nm", JDBCType.VARCHAR);
        public final SqlColumn<BigDecimal> hoursPw = column("hours_pw", JDBCType.DECIMAL);

        public AssignmentTable() {
            super("hr_assignment", AssignmentTable::new);
        }
    }
}
