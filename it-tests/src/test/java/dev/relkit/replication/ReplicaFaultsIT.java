package dev.relkit.replication;

import static dev.relkit.replication.ReplicatedCatalogue.eventually;
import static dev.relkit.replication.ReplicatedCatalogue.teamsNamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.relkit.mapper.hero.TeamMapper;
import dev.relkit.model.hero.Team;
import dev.relkit.replication.ReplicatedCatalogue.StatementsPerServer;
import dev.relkit.session.RelkitSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

/**
 * A replica that stops and a primary that stops, each killed without a clean shutdown and restarted
 * on the same port and data while the application keeps its pools and routing.
 */
class ReplicaFaultsIT {

    private static ReplicatedCatalogue catalogue;
    private static ReadWriteRouting routing;

    @BeforeAll
    static void startPair() {
        catalogue = ReplicatedCatalogue.start();
        assumeTrue(catalogue.pair.controlsProcesses(), "the given replica pair cannot be stopped by the tests");
        routing = catalogue.routing(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopPair() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    @Test
    void readsGoToThePrimaryWithoutAnErrorWhileTheReplicaIsDownAndBackToTheReplicaWhenItReturns() throws Exception {
        String prefix = unique("replica-down");
        commitTeam(prefix + "-before");
        catalogue.pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));

        catalogue.pair.killReplica();
        try {
            commitTeam(prefix + "-while-down");
            try (RoutedRequest request = routing.request()) {
                StatementsPerServer read = catalogue.count(
                        () -> assertThat(request.sqlSession().getMapper(TeamMapper.class).selectAll())
                                .extracting(Team::getName).contains(prefix + "-before", prefix + "-while-down"));
                assertThat(read.onPrimary()).as("%s", read).isEqualTo(1);
                assertThat(request.readTarget()).isEqualTo(RoutedRequest.ReadTarget.PRIMARY);
            }
            assertThat(routing.statistics().replicaUnavailable()).isPositive();
        } finally {
            catalogue.pair.restartReplica();
        }

        assertThat(eventually(Duration.ofSeconds(30), () -> {
            try (RoutedRequest request = routing.request()) {
                return request.readTarget() == RoutedRequest.ReadTarget.REPLICA;
            }
        })).as("reads return to the restarted replica").isTrue();
        catalogue.pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));
        assertThat(teamsNamed(catalogue.pair.replica(), prefix)).as("the write made while it was down, replicated once")
                .isEqualTo(2);
    }

    @Test
    void writesFailClearlyWhileThePrimaryIsDownReadsContinueAndNothingIsLostOrDuplicated() throws Exception {
        String prefix = unique("primary-down");
        commitTeam(prefix + "-1");
        catalogue.pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));

        catalogue.pair.killPrimary();
        try {
            assertThatThrownBy(() -> commitTeam(prefix + "-lost"))
                    .isInstanceOf(PrimaryUnavailableException.class)
                    .hasMessageContaining("The primary primary is unavailable")
                    .hasMessageContaining("nothing was written");

            try (RoutedRequest request = routing.request()) {
                StatementsPerServer read = catalogue.count(
                        () -> assertThat(request.sqlSession().getMapper(TeamMapper.class).selectAll())
                                .extracting(Team::getName).contains(prefix + "-1"));
                assertThat(read.onReplica()).as("%s", read).isEqualTo(1);
                assertThat(read.onPrimary()).as("%s", read).isZero();
            }
        } finally {
            catalogue.pair.restartPrimary();
        }

        assertThat(eventually(Duration.ofSeconds(30), () -> {
            commitTeam(prefix + "-2");
            return true;
        })).as("writes succeed again once the primary is back").isTrue();
        catalogue.pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));
        assertThat(teamsNamed(catalogue.pair.primary(), prefix)).isEqualTo(2);
        assertThat(teamsNamed(catalogue.pair.replica(), prefix)).isEqualTo(2);
        assertThat(teamsNamed(catalogue.pair.primary(), prefix + "-lost")).isZero();
    }

    private static void commitTeam(String name) {
        try (RoutedRequest request = routing.request(); RelkitSession unit = request.unitOfWork(catalogue.relkit)) {
            unit.add(new Team(name, "Fault Line"));
            unit.commit();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
