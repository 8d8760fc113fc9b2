package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcTargetTest {

    @Test
    void readsTheDatabaseBetweenHostAndOptions() {
        assertThat(target("jdbc:mariadb://127.0.0.1:3306/test?sslMode=disable").database()).contains("test");
        assertThat(target("jdbc:mariadb://db1,db2/heroes").database()).contains("heroes");
        assertThat(target("jdbc:mariadb://127.0.0.1:3306/?sslMode=disable").database()).isEmpty();
        assertThat(target("jdbc:mariadb://127.0.0.1:3306").database()).isEmpty();
    }

    @Test
    void replacesOnlyTheDatabaseKeepingHostsAndOptions() {
        assertThat(target("jdbc:mariadb://127.0.0.1:3306/test?sslMode=disable&connectTimeout=500")
                .withDatabase("relkit_1a").url())
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/relkit_1a?sslMode=disable&connectTimeout=500");
        assertThat(target("jdbc:mariadb://127.0.0.1:3306?sslMode=disable").withDatabase("relkit").url())
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/relkit?sslMode=disable");
        assertThat(target("jdbc:mariadb://127.0.0.1:3306/").withDatabase("relkit").url())
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/relkit");
    }

    @Test
    void neverPrintsThePassword() {
        assertThat(new JdbcTarget("jdbc:mariadb://h/db", "app", "s3cret").toString())
                .contains("jdbc:mariadb://h/db", "app")
                .doesNotContain("s3cret");
    }

    @Test
    void rejectsWhatIsNotAJdbcUrl() {
        assertThatThrownBy(() -> target("mariadb://h/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mariadb://h/db");
    }

    private static JdbcTarget target(String url) {
        return new JdbcTarget(url, "root", "");
    }
}
