package dev.relkit.mapper.inheritance;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code engineer}: the engineer subtype's own columns, keyed by the person's id. */
public final class EngineerDynamicSqlSupport {

    public static final EngineerTable engineer = new EngineerTable();
    public static final SqlColumn<Integer> id = engineer.id;
    public static final SqlColumn<String> primaryLanguage = engineer.primaryLanguage;
    public static final SqlColumn<String> engineerLevel = engineer.engineerLevel;

    private EngineerDynamicSqlSupport() {
    }

    public static final class EngineerTable extends AliasableSqlTable<EngineerTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> primaryLanguage = column("primary_language", JDBCType.VARCHAR);
        public final SqlColumn<String> engineerLevel = column("engineer_level", JDBCType.VARCHAR);

        public EngineerTable() {
            super("engineer", EngineerTable::new);
        }
    }
}
