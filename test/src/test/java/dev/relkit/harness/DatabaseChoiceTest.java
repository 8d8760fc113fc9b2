package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The decision alone, with provisioners that record being asked and never start anything. */
class DatabaseChoiceTest {

    private static final String ENV_URL = "jdbc:mariadb://env-host:3306/relkit";
    private static final String PROPERTY_URL = "jdbc:mariadb://property-host:3306/relkit";
    private static final SettingLookup NO_SETTINGS = SettingLookup.of(Map.of(), Map.of());

    private final List<DatabaseChoice.Kind> asked = new ArrayList<>();

    @Test
    void explicitUrlFromEnvironmentWithDefaultUserAndEmptyPassword() {
        DatabaseChoice choice = DatabaseChoice.decide(
                SettingLookup.of(Map.of(), Map.of("RELKIT_JDBC_URL", ENV_URL)), List.of(container(true)));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.EXPLICIT_URL);
        assertThat(choice.explicitTarget()).contains(new JdbcTarget(ENV_URL, "root", ""));
        assertThat(choice.provisioner()).isEmpty();
    }

    @Test
    void systemPropertiesWinOverEnvironment() {
        DatabaseChoice choice = DatabaseChoice.decide(SettingLookup.of(
                Map.of("relkit.jdbc.url", PROPERTY_URL, "relkit.jdbc.user", "property-user"),
                Map.of("RELKIT_JDBC_URL", ENV_URL, "RELKIT_JDBC_USER", "env-user", "RELKIT_JDBC_PASSWORD", "env-secret")),
                List.of());

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.EXPLICIT_URL);
        assertThat(choice.explicitTarget()).contains(new JdbcTarget(PROPERTY_URL, "property-user", "env-secret"));
        assertThat(choice.toString()).doesNotContain("env-secret");
    }

    @Test
    void explicitUrlNeverAsksAProvisioner() {
        DatabaseChoice.decide(SettingLookup.of(Map.of("relkit.jdbc.url", PROPERTY_URL), Map.of()),
                List.of(container(true), embedded()));

        assertThat(asked).isEmpty();
    }

    @Test
    void aContainerWhenDockerAnswersEvenWhenTheEmbeddedServerIsListedFirst() {
        DatabaseChoice choice = DatabaseChoice.decide(NO_SETTINGS, List.of(embedded(), container(true)));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.CONTAINER);
        assertThat(choice.explicitTarget()).isEmpty();
        assertThat(asked).containsExactly(DatabaseChoice.Kind.CONTAINER);
    }

    @Test
    void theEmbeddedServerWhenDockerDoesNotAnswer() {
        DatabaseChoice choice = DatabaseChoice.decide(NO_SETTINGS, List.of(container(false), embedded()));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.EMBEDDED);
        assertThat(asked).containsExactly(DatabaseChoice.Kind.CONTAINER, DatabaseChoice.Kind.EMBEDDED);
    }

    @Test
    void blankUrlCountsAsUnset() {
        DatabaseChoice choice = DatabaseChoice.decide(
                SettingLookup.of(Map.of("relkit.jdbc.url", " "), Map.of("RELKIT_JDBC_URL", "")), List.of(embedded()));

        assertThat(choice.kind()).isEqualTo(DatabaseChoice.Kind.EMBEDDED);
    }

    @Test
    void nothingToProvideAServerNamesTheArtifactsToAdd() {
        assertThatThrownBy(() -> DatabaseChoice.decide(NO_SETTINGS, List.of()))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining("no provisioning artifact is on the classpath")
                .hasMessageContaining("dev.relkit:relkit-test-embedded")
                .hasMessageContaining("dev.relkit:relkit-test-testcontainers")
                .hasMessageContaining("RELKIT_JDBC_URL");
    }

    @Test
    void onlyAContainerProvisionerWithoutDockerSaysSo() {
        assertThatThrownBy(() -> DatabaseChoice.decide(NO_SETTINGS, List.of(container(false))))
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining("only dev.relkit:relkit-test-testcontainers (Docker does not answer) on the classpath")
                .hasMessageContaining("Add dev.relkit:relkit-test-embedded");
    }

    @Test
    void relkitTestAloneBringsNoProvisioner() {
        assertThat(MariaDbProvisioner.onClasspath()).isEmpty();
        assertThatThrownBy(DatabaseChoice::embedded)
                .isInstanceOf(TestDatabaseException.class)
                .hasMessageContaining("dev.relkit:relkit-test-embedded is not on the classpath");
    }

    private MariaDbProvisioner container(boolean dockerAnswers) {
        return new RecordingProvisioner(DatabaseChoice.Kind.CONTAINER, DatabaseChoice.CONTAINER_ARTIFACT, dockerAnswers);
    }

    private MariaDbProvisioner embedded() {
        return new RecordingProvisioner(DatabaseChoice.Kind.EMBEDDED, DatabaseChoice.EMBEDDED_ARTIFACT, true);
    }

    private final class RecordingProvisioner implements MariaDbProvisioner {

        private final DatabaseChoice.Kind kind;
        private final String artifact;
        private final boolean available;

        RecordingProvisioner(DatabaseChoice.Kind kind, String artifact, boolean available) {
            this.kind = kind;
            this.artifact = artifact;
            this.available = available;
        }

        @Override
        public DatabaseChoice.Kind kind() {
            return kind;
        }

        @Override
        public String artifact() {
            return artifact;
        }

        @Override
        public boolean isAvailable() {
            asked.add(kind);
            return available;
        }

        @Override
        public MariaDbServer start() {
            throw new AssertionError("deciding must not start a server");
        }
    }
}
