package dev.relkit.replication;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.hero.HeroRelationships.WINTER_HEROES;
import static dev.relkit.replication.ReplicatedCatalogue.teamsNamed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.hero.TeamMapper;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.replication.ReplicatedCatalogue.StatementsPerServer;
import dev.relkit.session.RelkitSession;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Routing on a real primary and replica: where each statement runs, read-your-writes inside a
 * request, and causal reads across requests against a replica that is delayed or stopped on purpose.
 */
class ReadWriteRoutingIT {

    private static ReplicatedCatalogue catalogue;
    private static ReadWriteRouting routing;

    @BeforeAll
    static void startPair() {
        catalogue = ReplicatedCatalogue.start();
        routing = catalogue.routing(Duration.ofSeconds(5));
    }

    @AfterAll
    static void stopPair() {
        if (catalogue != null) {
            catalogue.close();
        }
    }

    @Test
    void runsQueriesAndSelectInLoadsOnTheReplicaAndTheUnitOfWorkOnThePrimary() {
        String name = unique("routed");
        try (RoutedRequest request = routing.request()) {
            List<Team> teams = new ArrayList<>();
            StatementsPerServer reads = catalogue.count(() -> {
                teams.addAll(request.sqlSession().getMapper(TeamMapper.class).selectAll());
                request.loader(catalogue.relkit).load(teams, LoadPlan.of(selectIn(WINTER_HEROES)));
            });
            assertThat(reads.onReplica()).as("%s", reads).isEqualTo(2);
            assertThat(reads.onPrimary()).as("%s", reads).isZero();
            assertThat(teams).extracting(Team::getName).contains("Preventers", "Z-Force");
            assertThat(request.readTarget()).isEqualTo(RoutedRequest.ReadTarget.REPLICA);

            StatementsPerServer writes = catalogue.count(() -> {
                try (RelkitSession unit = request.unitOfWork(catalogue.relkit)) {
                    unit.add(new Team(name, "Loopback Tower"));
                    unit.commit();
                }
            });
            // the INSERT, then SELECT @@last_gtid for the causal token
            assertThat(writes.onPrimary()).as("%s", writes).isEqualTo(2);
            assertThat(writes.onReplica()).as("%s", writes).isZero();
            assertThat(request.causalToken()).isPresent();

            StatementsPerServer readAfterWrite = catalogue.count(
                    () -> request.sqlSession().getMapper(TeamMapper.class).selectAll());
            assertThat(readAfterWrite.onPrimary()).as("%s", readAfterWrite).isEqualTo(1);
            assertThat(readAfterWrite.onReplica()).as("%s", readAfterWrite).isZero();
        }
        assertThat(routing.statistics().replicaReads()).isPositive();
    }

    @Test
    void readsItsOwnUncommittedWritesFromThePrimaryInsideTheUnitOfWork() {
        String name = unique("ryw");
        try (RoutedRequest request = routing.request()) {
            TeamMapper teams = request.sqlSession().getMapper(TeamMapper.class);
            assertThat(teams.selectAll()).extracting(Team::getName).doesNotContain(name);
            assertThat(request.readTarget()).isEqualTo(RoutedRequest.ReadTarget.REPLICA);

            RelkitSession unit = request.unitOfWork(catalogue.relkit);
            Team team = new Team(name, "Read Your Writes Hall");
            Hero hero = new Hero(unique("hero"), "Own Write", 30);
            team.getWinterHeroes().add(hero);
            unit.add(team);
            unit.flush();

            StatementsPerServer reads = catalogue.count(() -> {
                List<Team> all = teams.selectAll();
                request.loader(catalogue.relkit).load(all, LoadPlan.of(selectIn(WINTER_HEROES)));
                assertThat(all).filteredOn(t -> t.getName().equals(name)).singleElement()
                        .satisfies(t -> assertThat(t.getWinterHeroes()).extracting(Hero::getName)
                                .containsExactly(hero.getName()));
            });
            assertThat(reads.onPrimary()).as("%s", reads).isEqualTo(2);
            assertThat(reads.onReplica()).as("%s", reads).isZero();
            assertThat(request.readTarget()).isEqualTo(RoutedRequest.ReadTarget.PRIMARY);

            unit.rollback();
            unit.close();
        }
        assertThat(teamsNamed(catalogue.pair.primary(), name)).isZero();
    }

    @Test
    void aCausalReadWaitsForTheDelayedReplicaAndReadsTheWriteThere() {
        String name = unique("delayed");
        catalogue.pair.delayReplica(Duration.ofSeconds(2));
        try {
            CausalToken token = commitTeam(name);
            // the token travels to the next request as text, as in a cookie
            CausalToken handedOver = CausalToken.parse(token.toString());
            assertThat(teamsNamed(catalogue.pair.replica(), name)).as("the replica lags behind on purpose").isZero();

            try (RoutedRequest next = routing.request(handedOver)) {
                StatementsPerServer read = catalogue.count(
                        () -> assertThat(next.sqlSession().getMapper(TeamMapper.class).selectAll())
                                .extracting(Team::getName).contains(name));
                // MASTER_GTID_WAIT, then the query, both on the replica
                assertThat(read.onReplica()).as("%s", read).isEqualTo(2);
                assertThat(read.onPrimary()).as("%s", read).isZero();
            }
            Duration lag = routing.statistics().lastCausalWait();
            assertThat(lag).as("measured lag").isBetween(Duration.ofMillis(500), Duration.ofSeconds(5));
        } finally {
            catalogue.pair.delayReplica(Duration.ZERO);
            catalogue.pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));
        }
    }

    @Test
    void aCausalReadFallsBackToThePrimaryWhenTheReplicaStoppedApplying() {
        ReadWriteRouting impatient = catalogue.routing(Duration.ofMillis(300));
        String name = unique("stopped");
        catalogue.pair.stopReplicaSqlThread();
        try {
            CausalToken token = commitTeam(name);

            try (RoutedRequest withoutToken = impatient.request()) {
                assertThat(withoutToken.sqlSession().getMapper(TeamMapper.class).selectAll())
                        .as("a plain replica read does not see the write yet")
                        .extracting(Team::getName).doesNotContain(name);
            }
            try (RoutedRequest causal = impatient.request(token)) {
                StatementsPerServer read = catalogue.count(
                        () -> assertThat(causal.sqlSession().getMapper(TeamMapper.class).selectAll())
                                .extracting(Team::getName).contains(name));
                assertThat(read.onReplica()).as("only MASTER_GTID_WAIT: %s", read).isEqualTo(1);
                assertThat(read.onPrimary()).as("%s", read).isEqualTo(1);
                assertThat(causal.readTarget()).isEqualTo(RoutedRequest.ReadTarget.PRIMARY);
            }
            assertThat(impatient.statistics().causalWaitsTimedOut()).isEqualTo(1);
            assertThat(impatient.statistics().longestCausalWait()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        } finally {
            catalogue.pair.startReplicaSqlThread();
        }
        catalogue.pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));
        assertThat(teamsNamed(catalogue.pair.replica(), name)).isEqualTo(1);
    }

    @Test
    void measuresTheReplicaLag() {
        commitTeam(unique("lag"));
        assertThat(routing.measureReplicaLag(Duration.ofSeconds(10))).hasValueSatisfying(
                lag -> assertThat(lag).isLessThan(Duration.ofSeconds(10)));
    }

    @Test
    void withoutAReplicaEverythingGoesToThePrimary() {
        ReadWriteRouting primaryOnly = ReadWriteRouting.builder(catalogue.configuration)
                .primary(catalogue.primary.dataSource()).build();
        try (RoutedRequest request = primaryOnly.request()) {
            StatementsPerServer reads = catalogue.count(() -> request.loader(catalogue.relkit).load(
                    request.sqlSession().getMapper(TeamMapper.class).selectAll(), LoadPlan.of(selectIn(WINTER_HEROES))));
            assertThat(reads.onPrimary()).as("%s", reads).isEqualTo(2);
            assertThat(reads.onReplica()).as("%s", reads).isZero();
        }
    }

    private static CausalToken commitTeam(String name) {
        try (RoutedRequest request = routing.request(); RelkitSession unit = request.unitOfWork(catalogue.relkit)) {
            unit.add(new Team(name, "Causal Court"));
            unit.commit();
            return request.causalToken().orElseThrow();
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
