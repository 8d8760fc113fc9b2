package dev.relkit.relation;

import dev.relkit.relation.Staffing.EmployeeTable;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.SqlTable;

import static dev.relkit.relation.Staffing.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/** A table class's select list from its own column fields, without writing the columns again. */
class PrefixedColumnsTest {

    @Test
    void everyColumnFieldOfTheTableInstancePrefixedInDeclarationOrder() {
        EmployeeTable boss = employee.withAlias("boss");

        String sql = select(PrefixedColumns.of("b_", boss)).from(boss).build().render(MYBATIS3).getSelectStatement();

        assertThat(sql).isEqualTo("select boss.id as b_id, boss.name as b_name, boss.department_id as b_department_id"
                + " from employee boss");
        assertThat(select(PrefixedColumns.of("", employee)).from(employee).build().render(MYBATIS3).getSelectStatement())
                .isEqualTo("select id, name, department_id from employee");
    }

    @Test
    void aTableClassWithoutColumnFieldsIsRefused() {
        assertThatThrownBy(() -> PrefixedColumns.of("x_", SqlTable.of("anything")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PrefixedColumns.of: org.mybatis.dynamic.sql.SqlTable declares no SqlColumn field");
    }
}
