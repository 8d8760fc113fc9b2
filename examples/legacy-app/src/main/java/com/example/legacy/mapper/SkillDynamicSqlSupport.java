package com.example.legacy.mapper;

import org.mybatis.dynamic.sql.AliasableSqlTable;
import org.mybatis.dynamic.sql.SqlColumn;

import java.sql.JDBCType;

/**
 * Table and columns of {@code hr_skill}. Aliasable, as every table relkit may join under a role alias.
 */
public final class SkillDynamicSqlSupport {

    public static final SkillTable skill = new SkillTable();
    public static final SqlColumn<Integer> skillId = skill.skillId;
    public static final SqlColumn<String> skillNm = skill.skillNm;

    private SkillDynamicSqlSupport() {
    }

    public static final class SkillTable extends AliasableSqlTable<SkillTable> {
        public final SqlColumn<Integer> skillId = column("skill_id", JDBCType.INTEGER);
        public final SqlColumn<String> skillNm = column("skill_nm", JDBCType.VARCHAR);

        public SkillTable() {
            super("hr_skill", SkillTable::new);
        }
    }
}
