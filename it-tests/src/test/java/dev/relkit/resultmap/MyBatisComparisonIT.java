package dev.relkit.resultmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link MyBatisComparison}, the check behind {@value CompiledResultMapInterceptor#VERIFY_VARIABLE}:
 * a compiled plan that maps the rows as MyBatis does passes its results through; one compiled under
 * other settings than MyBatis's is caught on the same rows, naming the statement and the difference.
 */
@RelkitTest
class MyBatisComparisonIT {

    private static final String AUTO_MAPPED_HEROES = "dev.relkit.resultmap.ResultMapCases.autoMappedHeroes";
    private static final String HEROES_SQL = "SELECT id, name, age, secret_name FROM hero ORDER BY id";

    private static SqlSessionFactory factory;

    @BeforeAll
    static void factory(TestDatabase database) {
        factory = database.newSqlSessionFactory("dev/relkit/resultmap/mybatis-results-config.xml");
    }

    @Test
    void aPlanThatMapsAsMyBatisReturnsItsResults() throws SQLException {
        Configuration configuration = factory.getConfiguration();

        List<Object> heroes = compare(PlanSettings.of(configuration));

        assertThat(heroes).isNotEmpty().first().extracting("name").isEqualTo("Deadpond");
    }

    @Test
    void aPlanCompiledUnderOtherSettingsIsCaughtOnTheSameRows() {
        PlanSettings current = PlanSettings.of(factory.getConfiguration());
        PlanSettings camelCase = new PlanSettings(current.disabled(), current.callSettersOnNulls(),
                current.returnInstanceForEmptyRow(), current.objectWrapperFactory(), current.autoMappingBehavior(),
                current.autoMappingUnknownColumnBehavior(), true, current.objectFactory(),
                current.reflectorFactory());

        assertThatThrownBy(() -> compare(camelCase)).isInstanceOf(ExecutorException.class)
                .hasMessageContaining("Statement " + AUTO_MAPPED_HEROES)
                .hasMessageContaining("graph differs from MyBatis's")
                .hasMessageContaining("Hero.secretName=");
    }

    /** The heroes' rows mapped by a plan compiled under {@code settings}, checked against MyBatis under its own. */
    private static List<Object> compare(PlanSettings settings) throws SQLException {
        Configuration configuration = factory.getConfiguration();
        MappedStatement statement = configuration.getMappedStatement(AUTO_MAPPED_HEROES);
        try (SqlSession session = factory.openSession();
                Statement jdbc = session.getConnection().createStatement();
                ResultSet rows = jdbc.executeQuery(HEROES_SQL)) {
            ResultSetWrapper columns = new ResultSetWrapper(rows, configuration);
            BoundResultMap.Compiler compiler = new BoundResultMap.Compiler(statement, columns, settings);
            ResultMapChoice root;
            try {
                root = compiler.compileRoot();
            } catch (BoundResultMap.Unsupported e) {
                throw new AssertionError(e);
            }
            RowGraphReader reader = new RowGraphReader(root, RowGraphReader.depth(root), compiler.nested(), false,
                    settings.objectFactory());
            DefaultResultSetHandler myBatis = new DefaultResultSetHandler(null, statement, null, null, null,
                    RowBounds.DEFAULT);
            return MyBatisComparison.readAll(reader, new ArrayList<>(), myBatis, statement, columns);
        }
    }
}
