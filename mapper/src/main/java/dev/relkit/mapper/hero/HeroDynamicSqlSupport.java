package dev.relkit.mapper.hero;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/** Table and columns of {@code hero}. */
public final class HeroDynamicSqlSupport {

    public static final HeroTable hero = new HeroTable();
    public static final SqlColumn<Integer> id = hero.id;
    public static final SqlColumn<String> name = hero.name;
    public static final SqlColumn<String> secretName = hero.secretName;
    public static final SqlColumn<Integer> age = hero.age;
    public static final SqlColumn<Integer> winterTeamId = hero.winterTeamId;
    public static final SqlColumn<Integer> summerTeamId = hero.summerTeamId;

    private HeroDynamicSqlSupport() {
    }

    public static final class HeroTable extends AliasableSqlTable<HeroTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);
        public final SqlColumn<String> secretName = column("secret_name", JDBCType.VARCHAR);
        public final SqlColumn<Integer> age = column("age", JDBCType.INTEGER);
        public final SqlColumn<Integer> winterTeamId = column("winter_team_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> summerTeamId = column("summer_team_id", JDBCType.INTEGER);

        public HeroTable() {
            super("hero", HeroTable::new);
        }
    }
}
