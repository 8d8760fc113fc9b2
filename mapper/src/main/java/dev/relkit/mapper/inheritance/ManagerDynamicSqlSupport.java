package dev.relkit.mapper.inheritance;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.math.BigDecimal;
import java.sql.JDBCType;

/** Table and columns of {@code manager}: the manager subtype's own columns, keyed by the person's id. */
public final class ManagerDynamicSqlSupport {

    public static final ManagerTable manager = new ManagerTable();
    public static final SqlColumn<Integer> id = manager.id;
    public static final SqlColumn<String> managerName = manager.managerName;
    public static final SqlColumn<BigDecimal> budget = manager.budget;

    private ManagerDynamicSqlSupport() {
    }

    public static final class ManagerTable extends AliasableSqlTable<ManagerTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> managerName = column("manager_name", JDBCType.VARCHAR);
        public final SqlColumn<BigDecimal> budget = column("budget", JDBCType.DECIMAL);

        public ManagerTable() {
            super("manager", ManagerTable::new);
        }
    }
}
