package dev.relkit.mapper.company;

import dev.relkit.relation.PrefixedColumns;
import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code department}. Aliasable: employee queries join it under the role alias {@code department}. */
public final class DepartmentDynamicSqlSupport {

    public static final DepartmentTable department = new DepartmentTable();
    public static final SqlColumn<Integer> id = department.id;
    public static final SqlColumn<String> name = department.name;

    private DepartmentDynamicSqlSupport() {
    }

    public static final class DepartmentTable extends AliasableSqlTable<DepartmentTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        /** The columns of one department row on this (aliased) table, aliased {@code prefix + column name}. */
        public BasicColumn[] columns(String prefix) {
            return PrefixedColumns.of(prefix, this);
        }

        public DepartmentTable() {
            super("department", DepartmentTable::new);
        }
    }
}
