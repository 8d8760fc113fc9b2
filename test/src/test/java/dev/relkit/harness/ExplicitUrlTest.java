package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * An explicit URL that does not answer is an error naming it (password masked), never a fallback to
 * another server. Port 1 has nothing listening on any machine the build runs on.
 */
class ExplicitUrlTest {

    private static final String DEAD_URL = "jdbc:mariadb://127.0.0.1:1/test?connectTimeout=500";

    @Test
    void deadExplicitUrlFailsNamingTheUrl() {
        DatabaseChoice choice = DatabaseChoice.decide(
                SettingLookup.of(Map.of("relkit.jdbc.url", DEAD_URL), Map.of()),
                List.of(new MariaDbProvisioner() {
                    @Override
                    public DatabaseChoice.Kind kind() {
                        return DatabaseChoice.Kind.CONTAINER;
                    }

                    @Override
                    public String artifact() {
                        return DatabaseChoice.CONTAINER_ARTIFACT;
                    }

                    @Override
                    public boolean isAvailable() {
                        return fail("no provisioner is asked when a URL is given");
                    }

                    @Override
                    public MariaDbServer start() {
                        return fail("no provisioner starts when a URL is given");
                    }
                }));

        assertThatThrownBy(() -> TestDatabase.start(choice))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining(DEAD_URL)
                .hasMessageContaining("does not answer");
    }

    @Test
    void deadExplicitUrlWithAPasswordFailsWithoutPrintingIt() {
        JdbcTarget target = new JdbcTarget(DEAD_URL + "&password=s3cret", "root", "s3cret");

        assertThatThrownBy(() -> MariaDbServer.start(DatabaseChoice.explicit(target)))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining("password=****")
                .hasMessageContaining("does not answer")
                .hasMessageNotContaining("s3cret");
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
