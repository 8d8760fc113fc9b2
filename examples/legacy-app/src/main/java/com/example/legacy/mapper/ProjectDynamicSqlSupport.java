package com.example.legacy.mapper;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code hr_project}. Aliasable, as every table relkit may join under a role alias
 * ({@code project} when an assignment's project is joined into a select-in statement).
 */
public final class ProjectDynamicSqlSupport {

    public static final ProjectTable project = new ProjectTable();
    public static final SqlColumn<Integer> projId = project.projId;
    public static final SqlColumn<String> projCd = project.projCd;
    public static final SqlColumn<String> projName = project.projName;

    private ProjectDynamicSqlSupport() {
    }

    public static final class ProjectTable extends AliasableSqlTable<ProjectTable> {
        public final SqlColumn<Integer> projId = column("proj_id", JDBCType.INTEGER);
        public final SqlColumn<String> projCd = column("proj_cd", JDBCType.VARCHAR);
        public final SqlColumn<String> projName = column("proj_name", JDBCType.VARCHAR);

        public ProjectTable() {
            super("hr_project", ProjectTable::new);
        }
    }
}
