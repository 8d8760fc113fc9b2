package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relkit.harness.embedded.EmbeddedMariaDbServer;

import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.SQLException;

/** The outside-JUnit API the demo uses: start a database of its own, use it, close it. */
class TestDatabaseLifecycleIT {

    @Test
    void startedEmbeddedDatabaseServesUntilClosedThenItsServerAndFilesAreGone() throws SQLException {
        JdbcTarget target;
        Path workDirectory;
        try (TestDatabase database = TestDatabase.start(DatabaseChoice.embedded())) {
            target = new JdbcTarget(database.jdbcUrl() + "&connectTimeout=2000", "root", "");
            workDirectory = ((EmbeddedMariaDbServer) database.server()).workDirectory();
            assertThat(workDirectory).isDirectory();
            try (SqlSession session = database.newSqlSessionFactory(TeamNameMapper.class).openSession()) {
                assertThat(session.getMapper(TeamNameMapper.class).teamNames()).containsExactly("Preventers", "Z-Force");
            }
        }

        assertThatThrownBy(() -> target.connect().close()).isInstanceOf(SQLException.class);
        assertThat(workDirectory).doesNotExist();
    }
}
