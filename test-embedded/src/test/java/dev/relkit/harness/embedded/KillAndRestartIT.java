package dev.relkit.harness.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relkit.harness.JdbcTarget;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A private server a test kills with SIGKILL and starts again: committed rows survive, the open
 * transaction does not, the port and data directory stay, and close() removes everything.
 */
class KillAndRestartIT {

    @Test
    void aKilledServerLosesItsOpenTransactionKeepsCommittedRowsAndRestartsOnTheSamePort() throws Exception {
        Path workDirectory;
        JdbcTarget target;
        try (EmbeddedMariaDbServer server = EmbeddedMariaDbServer.startPrivate()) {
            workDirectory = server.workDirectory();
            target = new JdbcTarget(server.defaultDatabase().url() + "&connectTimeout=2000", "root", "");
            assertThat(target.url()).startsWith("jdbc:mariadb://127.0.0.1:" + server.port() + "/");
            long firstPid = server.pid();
            assertThat(ProcessHandle.current().descendants().map(ProcessHandle::pid)).contains(firstPid);

            execute(target, "create table event (id int primary key, what varchar(20)) engine = InnoDB",
                    "insert into event values (1, 'committed')");
            Connection open = target.connect();
            open.setAutoCommit(false);
            try (Statement statement = open.createStatement()) {
                statement.executeUpdate("insert into event values (2, 'in flight')");
            }

            server.kill();

            assertThat(server.isRunning()).isFalse();
            assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive)).as("mariadbd is gone").isNotEqualTo(java.util.Optional.of(true));
            assertThatThrownBy(open::commit).as("the open connection broke").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> target.connect().close()).as("nothing listens").isInstanceOf(SQLException.class);
            assertThatThrownBy(server::kill).isInstanceOf(IllegalStateException.class).hasMessageContaining("not running");
            open.close();

            server.restart();

            assertThat(server.isRunning()).isTrue();
            assertThat(server.pid()).isNotEqualTo(firstPid);
            assertThat(rows(target, "select id, what from event order by id")).containsExactly("1 committed");
            assertThatThrownBy(server::restart).isInstanceOf(IllegalStateException.class).hasMessageContaining("kill() it first");

            server.kill(); // a second crash, as a soak test does it
            server.restart();
            assertThat(rows(target, "select id, what from event order by id")).containsExactly("1 committed");
        }

        assertThatThrownBy(() -> target.connect().close()).isInstanceOf(SQLException.class);
        assertThat(workDirectory).doesNotExist();
    }

    @Test
    void aClosedServerCanBeClosedAgainButNotKilledOrRestarted() {
        EmbeddedMariaDbServer server = EmbeddedMariaDbServer.startPrivate();
        server.kill();
        server.close(); // closing a killed server stops nothing and deletes its files
        server.close();

        assertThat(server.workDirectory()).doesNotExist();
        assertThatThrownBy(server::restart).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(server::kill).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    private static void execute(JdbcTarget target, String... statements) throws SQLException {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> rows(JdbcTarget target, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = target.connect();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getInt(1) + " " + result.getString(2));
            }
        }
        return rows;
    }
}
