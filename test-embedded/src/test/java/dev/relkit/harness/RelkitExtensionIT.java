package dev.relkit.harness;


import static org.assertj.core.api.Assertions.assertThat;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

@RelkitTest(mappers = TeamNameMapper.class)
class RelkitExtensionIT {

    private final SqlSession constructorSession;
    private SqlSession beforeEachSession;

    RelkitExtensionIT(SqlSession session) {
        this.constructorSession = session;
    }

    @BeforeEach
    void rememberSession(SqlSession session) {
        beforeEachSession = session;
    }

    @Test
    void dataSourceReadsTheSeededTeams(DataSource dataSource) throws SQLException {
        assertThat(strings(dataSource, "select name from team order by id")).containsExactly("Preventers", "Z-Force");
        assertThat(strings(dataSource, "select concat(name, '/', secret_name) from hero order by id"))
                .containsExactly("Deadpond/Dive Wilson", "Rusty-Man/Tommy Sharp");
    }

    @Test
    void sqlSessionFactoryIsTheDefaultConfigurationPlusTheClassMappers(SqlSessionFactory factory) {
        assertThat(factory.getConfiguration().isLazyLoadingEnabled()).isTrue();
        assertThat(factory.getConfiguration().isAggressiveLazyLoading()).isFalse();
        assertThat(factory.getConfiguration().hasMapper(TeamNameMapper.class)).isTrue();
        try (SqlSession session = factory.openSession()) {
            assertThat(session.getMapper(TeamNameMapper.class).winterHeroNames(1))
                    .containsExactly("Deadpond", "Rusty-Man");
        }
    }

    @Test
    void oneSessionPerTestSharedByConstructorBeforeEachAndTestParameters(SqlSession session, TeamNameMapper mapper) {
        assertThat(session).isSameAs(constructorSession).isSameAs(beforeEachSession);
        assertThat(session.getConnection()).satisfies(connection ->
                assertThat(connection.getAutoCommit()).as("auto-commit").isFalse());
        assertThat(mapper.teamNames()).containsExactly("Preventers", "Z-Force");
    }

    @Test
    void testDatabaseDescribesTheServer(TestDatabase database) {
        assertThat(database.serverVersion()).contains("MariaDB");
        assertThat(database.scripts()).as("the scripts of relkit-test.properties, and nothing else")
                .containsExactly("dev/relkit/harness/team_hero_schema.sql", "dev/relkit/harness/team_hero_seed.sql");
        assertThat(database.jdbcUrl()).startsWith("jdbc:mariadb://").contains("/" + database.name());
    }

    static List<String> strings(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
