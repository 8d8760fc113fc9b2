package dev.relkit.mapper.hero;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code team}. Aliasable: heroes join it twice (winter and summer team). */
public final class TeamDynamicSqlSupport {

    public static final TeamTable team = new TeamTable();
    public static final SqlColumn<Integer> id = team.id;
    public static final SqlColumn<String> name = team.name;
    public static final SqlColumn<String> headquarters = team.headquarters;

    private TeamDynamicSqlSupport() {
    }

    public static final class TeamTable extends AliasableSqlTable<TeamTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
        public final SqlColumn<String> headquarters = column("headquarters", JDBCType.VARCHAR);

        public TeamTable() {
            super("team", TeamTable::new);
        }
    }
}
