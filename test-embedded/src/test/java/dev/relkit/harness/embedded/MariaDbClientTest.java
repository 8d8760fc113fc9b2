package dev.relkit.harness.embedded;

import dev.relkit.harness.JdbcTarget;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mariadb client's command line, read from JDBC URLs, without running it. */
class MariaDbClientTest {

    private static final Path CLIENT = Path.of("/opt/mariadb/bin/mariadb");

    @Test
    void readsHostPortDatabaseAndTlsFromTheUrl() {
        JdbcTarget target = new JdbcTarget("jdbc:mariadb://127.0.0.1:3306/test?sslMode=disable", "root", "secret");

        assertThat(MariaDbClient.command(CLIENT, target)).containsExactly("/opt/mariadb/bin/mariadb",
                "--no-defaults", "--batch", "--protocol=TCP", "--host=127.0.0.1", "--port=3306", "--user=root",
                "--default-character-set=utf8mb4", "--connect-timeout=10", "--skip-ssl", "--database=test")
                .as("the password goes through MYSQL_PWD, never the command line").noneMatch(arg -> arg.contains("secret"));
    }

    @Test
    void defaultsThePortTakesTheFirstHostAndKeepsTlsWhenTheUrlDoesNotTurnItOff() {
        JdbcTarget target = new JdbcTarget("jdbc:mariadb://db.example,db2.example:3307/", "app", "");

        assertThat(MariaDbClient.command(CLIENT, target)).contains("--host=db.example", "--port=3306", "--user=app")
                .doesNotContain("--skip-ssl").noneMatch(arg -> arg.startsWith("--database"));
        assertThat(MariaDbClient.HostAndPort.of("jdbc:mariadb://[::1]:3310/x")).isEqualTo(new MariaDbClient.HostAndPort("::1", 3310));
    }

    @Test
    void anUnreadableAddressIsAnErrorNamingTheUrl() {
        assertThatThrownBy(() -> MariaDbClient.HostAndPort.of("jdbc:mariadb://address=(host=a)(port=1)/x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address=(host=a)");
    }
}
