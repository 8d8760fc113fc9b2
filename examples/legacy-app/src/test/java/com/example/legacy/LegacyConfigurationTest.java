package com.example.legacy;

import com.example.legacy.mapper.EmployeeMapper;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's MyBatis configuration without a database: every statement builds, every resultMap has an id, exact SQL. */
class LegacyConfigurationTest {

    private static Configuration configuration() throws IOException {
        try (Reader reader = Resources.getResourceAsReader(LegacyApplication.MYBATIS_CONFIG)) {
            return new XMLConfigBuilder(reader).parse();
        }
    }

    @Test
    void everyStatementBuildsAndEveryResultMapHasAnId() throws IOException {
        Configuration configuration = configuration();

        assertThat(configuration.getMappedStatementNames()).contains(
                EmployeeMapper.NAMESPACE + ".selectReportingLine",
                EmployeeMapper.NAMESPACE + ".selectWithAddressesByDepartment",
                EmployeeMapper.NAMESPACE + ".selectManyWithAddresses");
        assertThat(configuration.getIncompleteStatements()).isEmpty();
        assertThat(configuration.getIncompleteResultMaps()).isEmpty();
        for (String id : configuration.getResultMapNames()) {
            if (!id.startsWith("com.example.legacy.") || id.endsWith("-Inline")) {
                continue;
            }
            ResultMap resultMap = configuration.getResultMap(id);
            if (resultMap.getResultMappings().isEmpty()) {
                continue; // MyBatis's own map for a resultType (CommonCountMapper's count)
            }
            assertThat(resultMap.getIdResultMappings()).as("resultMap %s declares <id>", id)
                    .anyMatch(mapping -> mapping.getFlags().stream().anyMatch(flag -> flag.name().equals("ID")));
            for (ResultMapping mapping : resultMap.getResultMappings()) {
                if (mapping.getNestedResultMapId() != null) {
                    assertThat(configuration.hasResultMap(mapping.getNestedResultMapId())).as("%s nests %s", id,
                            mapping.getNestedResultMapId()).isTrue();
                }
            }
        }
    }

    @Test
    void managementChainIncludesRelkitsRecursiveSubtreeOverTheLegacyTable() throws IOException {
        String sql = configuration().getMappedStatement(EmployeeMapper.NAMESPACE + ".selectReportingLine")
                .getBoundSql(Map.of("rootId", 1)).getSql().replaceAll("\\s+", " ").strip();

        assertThat(sql)
                .startsWith("SET STATEMENT max_recursive_iterations = 4294967295 FOR WITH RECURSIVE subtree AS ("
                        + " SELECT start.id AS id, start.emp_name AS emp_name,")
                .contains(") CYCLE id RESTRICT")
                .contains("FROM hr_employee start WHERE start.id = ?")
                .contains("JOIN hr_employee children ON children.mgr_id = subtree.id")
                .doesNotContain("subtree.depth <")
                .endsWith("FROM subtree ORDER BY subtree.depth, subtree.id");
    }

    @Test
    void dynamicAddressJoinsComeFromTheRelationshipDeclarations() {
        SelectStatementProvider statement = EmployeeMapper.selectWithAddressesByDepartmentStatement(10);

        assertThat(statement.getSelectStatement()).isEqualTo("select hr_employee.id, hr_employee.emp_name,"
                + " hr_employee.dept_id, hr_employee.mgr_id, hr_employee.home_addr_id, hr_employee.work_addr_id,"
                + " hr_employee.hire_dt,"
                + " home_address.addr_id as ha_addr_id, home_address.street as ha_street, home_address.city as ha_city,"
                + " home_address.zip_cd as ha_zip_cd, home_address.country_cd as ha_country_cd,"
                + " work_address.addr_id as wa_addr_id, work_address.street as wa_street, work_address.city as wa_city,"
                + " work_address.zip_cd as wa_zip_cd, work_address.country_cd as wa_country_cd"
                + " from hr_employee"
                + " left join hr_address home_address on home_address.addr_id = hr_employee.home_addr_id"
                + " left join hr_address work_address on work_address.addr_id = hr_employee.work_addr_id"
                + " where hr_employee.dept_id = #{parameters.p1,jdbcType=INTEGER}"
                + " order by id");
    }
}
