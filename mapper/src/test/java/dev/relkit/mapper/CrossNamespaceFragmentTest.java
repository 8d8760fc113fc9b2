package dev.relkit.mapper;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.parsing.XNode;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's composite fragments (a fragment that includes column and join fragments) included
 * from another namespace, as an application's mapper includes them. MyBatis resolves an include
 * nested in an included fragment against the <em>including</em> namespace, so a composite fragment
 * is reusable only when it qualifies its inner includes; no database needed.
 */
class CrossNamespaceFragmentTest {

    private static final String REUSING_MAPPER = "dev/relkit/mapper/reuse/FragmentReuseMapper.xml";
    private static final String REUSING_NAMESPACE = "dev.relkit.mapper.reuse.FragmentReuseMapper";

    private static Configuration catalogueAndReusingMapper() throws IOException {
        Configuration configuration = ReferenceCatalogue.newConfiguration(
                new Environment("parse-only", new JdbcTransactionFactory(), new UnpooledDataSource()));
        try (InputStream in = Resources.getResourceAsStream(REUSING_MAPPER)) {
            new XMLMapperBuilder(in, configuration, REUSING_MAPPER, configuration.getSqlFragments()).parse();
        }
        return configuration;
    }

    @Test
    void compositeFragmentsBuildWhenIncludedFromAnotherNamespace() throws IOException {
        Configuration configuration = catalogueAndReusingMapper();

        assertThat(configuration.getMappedStatementNames()).contains(
                REUSING_NAMESPACE + ".selectDepartmentsWithEmployees",
                REUSING_NAMESPACE + ".selectUsersWithHomeAndWork",
                REUSING_NAMESPACE + ".selectHeroesWithTeams",
                REUSING_NAMESPACE + ".selectCustomerOrdersWithLines");
        assertThat(configuration.getIncompleteStatements()).isEmpty();
    }

    @Test
    void departmentCompositeFragmentRendersTheCatalogueColumnsUnderTheCallersStatement() throws IOException {
        Configuration configuration = catalogueAndReusingMapper();

        String sql = configuration.getMappedStatement(REUSING_NAMESPACE + ".selectDepartmentsWithEmployees")
                .getBoundSql(null).getSql().replaceAll("\\s+", " ").strip();

        // the comma after an include starts the next line of the composite fragment, hence "name ,"
        assertThat(sql).isEqualTo("SELECT department.id AS id, department.name AS name ,"
                + " employees.id AS e_id, employees.name AS e_name, employees.department_id AS e_department_id,"
                + " employees.manager_id AS e_manager_id, employees.hired_at AS e_hired_at,"
                + " employees.salary AS e_salary"
                + " FROM department LEFT JOIN employee employees ON employees.department_id = department.id"
                + " ORDER BY department.id, employees.id");
    }

    @Test
    void everyIncludeInsideACatalogueFragmentNamesItsNamespace() throws IOException {
        Configuration configuration = catalogueAndReusingMapper();

        List<String> unqualified = new ArrayList<>();
        for (Map.Entry<String, XNode> fragment : configuration.getSqlFragments().entrySet()) {
            if (!fragment.getKey().startsWith(ReferenceCatalogue.MAPPER_PACKAGE + ".")) {
                continue; // MyBatis also files each fragment under its short id
            }
            NodeList includes = ((Element) fragment.getValue().getNode()).getElementsByTagName("include");
            for (int i = 0; i < includes.getLength(); i++) {
                String refid = ((Element) includes.item(i)).getAttribute("refid");
                if (!refid.contains(".") && !refid.startsWith("${")) {
                    unqualified.add(fragment.getKey() + " includes " + refid);
                }
            }
        }
        assertThat(unqualified).as("includes inside reusable fragments must name their namespace").isEmpty();
    }
}
