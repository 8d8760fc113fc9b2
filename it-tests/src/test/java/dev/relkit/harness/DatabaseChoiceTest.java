package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

class DatabaseChoiceTest {

    private static final String ENV_URL = "jdbc:mariadb://env-host:3306/relkit";
    private static final String PROPERTY_URL = "jdbc:mariadb://property-host:3306/relkit";

    private final AtomicInteger dockerProbes = new AtomicInteger();

    @Test
    void explicitUrlFromEnvironmentWithDefaultUserAndEmptyPassword() {
        DatabaseChoice choice = DatabaseChoice.decide(
                SettingLookup.of(Map.of(), Map.of("RELKIT_JDBC_URL", ENV_URL)), docker(true));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.EXPLICIT_URL);
        assertThat(choice.explicitTarget()).contains(new JdbcTarget(ENV_URL, "root", ""));
    }

    @Test
    void systemPropertiesWinOverEnvironment() {
        DatabaseChoice choice = DatabaseChoice.decide(SettingLookup.of(
                Map.of("relkit.jdbc.url", PROPERTY_URL, "relkit.jdbc.user", "property-user"),
                Map.of("RELKIT_JDBC_URL", ENV_URL, "RELKIT_JDBC_USER", "env-user", "RELKIT_JDBC_PASSWORD", "env-secret")),
                docker(true));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.EXPLICIT_URL);
        assertThat(choice.explicitTarget()).contains(new JdbcTarget(PROPERTY_URL, "property-user", "env-secret"));
    }

    @Test
    void explicitUrlNeverConsultsTheDockerProbe() {
        DatabaseChoice.decide(SettingLookup.of(Map.of("relkit.jdbc.url", PROPERTY_URL), Map.of()), docker(true));
        DatabaseChoice.decide(SettingLookup.of(Map.of(), Map.of("RELKIT_JDBC_URL", ENV_URL)), docker(false));

        assertThat(dockerProbes).hasValue(0);
    }

    @Test
    void dockerAvailableChoosesTheContainer() {
        DatabaseChoice choice = DatabaseChoice.decide(SettingLookup.of(Map.of(), Map.of()), docker(true));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.CONTAINER);
        assertThat(choice.explicitTarget()).isEmpty();
        assertThat(dockerProbes).hasValue(1);
    }

    @Test
    void noDockerChoosesTheEmbeddedServer() {
        DatabaseChoice choice = DatabaseChoice.decide(SettingLookup.of(Map.of(), Map.of()), docker(false));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.EMBEDDED);
        assertThat(choice.explicitTarget()).isEmpty();
        assertThat(dockerProbes).hasValue(1);
    }

    @Test
    void blankUrlCountsAsUnset() {
        DatabaseChoice choice = DatabaseChoice.decide(
                SettingLookup.of(Map.of("relkit.jdbc.url", " "), Map.of("RELKIT_JDBC_URL", "")), docker(false));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.EMBEDDED);
    }

    private BooleanSupplier docker(boolean available) {
        return () -> {
            dockerProbes.incrementAndGet();
            return available;
        };
    }
}
