package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** An explicit URL that does not answer is an error naming it, never a fallback to another server. */
class ExplicitUrlTest {

    private static final String DEAD_URL = "jdbc:mariadb://127.0.0.1:1/test?connectTimeout=500";

    @Test
    void deadExplicitUrlFailsNamingTheUrl() {
        DatabaseChoice choice = DatabaseChoice.decide(
                SettingLookup.of(Map.of("relkit.jdbc.url", DEAD_URL), Map.of()),
                () -> fail("the Docker probe must not be consulted when a URL is given"));

        assertThatThrownBy(() -> TestDatabase.start(choice))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining(DEAD_URL)
                .hasMessageContaining("does not answer");
    }

    @Test
    void explicitUrlWithoutDatabaseFailsNamingTheUrl() {
        String url = "jdbc:mariadb://127.0.0.1:1/?connectTimeout=500";

        assertThatThrownBy(() -> MariaDbServer.start(DatabaseChoice.explicit(new JdbcTarget(url, "root", ""))))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining(url)
                .hasMessageContaining("names no database");
    }
}
