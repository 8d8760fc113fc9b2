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
    void masksPasswordsWrittenIntoTheUrl() {
        JdbcTarget target = target("jdbc:mariadb://h:3306/db?user=app&password=s3cret&sslMode=disable");

        assertThat(target.maskedUrl()).isEqualTo("jdbc:mariadb://h:3306/db?user=app&password=****&sslMode=disable");
        assertThat(target.toString()).doesNotContain("s3cret");
        assertThat(JdbcTarget.mask("jdbc:mariadb://app:s3cret@h/db")).isEqualTo("jdbc:mariadb://app:****@h/db");
        assertThat(JdbcTarget.mask("failed on jdbc:mariadb://h/db?PASSWORD=s3cret; retry"))
                .isEqualTo("failed on jdbc:mariadb://h/db?PASSWORD=****; retry");
        assertThat(JdbcTarget.mask("jdbc:mariadb://h:3306/db?sslMode=disable")).isEqualTo("jdbc:mariadb://h:3306/db?sslMode=disable");
    }

    @Test
    void rejectsWhatIsNotAJdbcUrlWithoutPrintingItsPassword() {
        assertThatThrownBy(() -> target("mariadb://h/db?password=s3cret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mariadb://h/db?password=****")
                .hasMessageNotContaining("s3cret");
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
