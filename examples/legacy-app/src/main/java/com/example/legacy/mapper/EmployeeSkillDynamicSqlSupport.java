package com.example.legacy.mapper;

import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.SqlTable;

import java.sql.JDBCType;

/** Table and columns of {@code hr_emp_skill}, the pure link table of {@code Employee.skills} / {@code Skill.employees}. */
public final class EmployeeSkillDynamicSqlSupport {

    public static final EmployeeSkillTable employeeSkill = new EmployeeSkillTable();
    public static final SqlColumn<Integer> empId = employeeSkill.empId;
    public static final SqlColumn<Integer> skillId = employeeSkill.skillId;

    private EmployeeSkillDynamicSqlSupport() {
    }

    public static final class EmployeeSkillTable extends SqlTable {
        public final SqlColumn<Integer> empId = column("emp_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> skillId = column("skill_id", JDBCType.INTEGER);

        public EmployeeSkillTable() {
            super("hr_emp_skill");
        }
    }
}
