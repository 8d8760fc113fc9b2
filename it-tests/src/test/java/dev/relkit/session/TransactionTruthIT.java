package dev.relkit.session;

import dev.relkit.Relkit;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.hero.HeroRelationships;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.hero.Team;
import dev.relkit.unique.GetOrCreate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.blog.BlogRelationships.TAG;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A unit of work tells the truth after the database lost its transaction: a deadlock victim's
 * objects are restored to their state before the transaction (no stale ids), the session refuses
 * further use until rolled back, {@link Relkit#inTransaction} retries the whole unit, and an
 * auto-commit session, which could leave half a unit committed, is refused up front.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class TransactionTruthIT {

    private static final GetOrCreate<Tag, String> TAGS_BY_SLUG = GetOrCreate.on(TAG, tag.slug);
    private static final List<String> SLUGS = IntStream.range(0, 50).mapToObj(i -> String.format("truth-%02d", i)).toList();
    private static final int THREADS = 16;

    @BeforeEach
    void freshRows(TestDatabase database) {
        database.reloadScripts();
    }

    @Test
    void aDeadlockVictimIsRestoredRefusesUseUntilRolledBackAndThenRetriesCleanly(SqlSessionFactory factory, DataSource dataSource)
            throws Exception {
        Relkit relkit = ReferenceCatalogue.relkit(factory.getConfiguration());
        CyclicBarrier bothHoldTheirFirstTag = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        try {
            // each unit creates one tag, then the other's: both wait for the other's unique-key lock
            outcomes.add(threads.submit(() -> crossInsert(relkit, factory, "dl-a", "dl-b", bothHoldTheirFirstTag)));
            outcomes.add(threads.submit(() -> crossInsert(relkit, factory, "dl-b", "dl-a", bothHoldTheirFirstTag)));
            List<Outcome> results = new ArrayList<>();
            for (Future<Outcome> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            Outcome victim = results.stream().filter(o -> o.failure != null).findFirst().orElseThrow(
                    () -> new AssertionError("no deadlock happened: " + results));
            assertThat(victim.failure).isInstanceOf(TransactionRolledBackException.class)
                    .hasMessageContaining("the database rolled back the whole transaction")
                    .hasMessageContaining("refuses further use until rollback()");
            assertThat(((TransactionRolledBackException) victim.failure).scope()).isEqualTo(DatabaseFailure.TRANSACTION);
            assertThat(victim.firstTagId).as("the victim's first tag lost its id with the transaction").isNull();
            assertThat(victim.firstTagState).isEqualTo(EntityState.NEW);
            assertThat(victim.refusal).isInstanceOf(IllegalStateException.class).hasMessageContaining("call rollback()");
            assertThat(victim.retriedIds).as("the unit run again finds both committed tags").hasSize(2).doesNotContainNull();
        } finally {
            threads.shutdownNow();
        }
        assertThat(Rows.committed(dataSource, "select slug from tag where slug like 'dl-%' order by slug")).containsExactly("dl-a", "dl-b");
    }

    private record Outcome(RuntimeException failure, Integer firstTagId, EntityState firstTagState, RuntimeException refusal,
                           List<Integer> retriedIds) {
    }

    private static Outcome crossInsert(Relkit relkit, SqlSessionFactory factory, String mine, String theirs,
                                       CyclicBarrier barrier) throws Exception {
        try (RelkitSession unit = relkit.session(factory.openSession(false))) {
            Tag first = TAGS_BY_SLUG.get(unit, mine, slug -> new Tag(slug, slug));
            barrier.await(30, TimeUnit.SECONDS);
            try {
                TAGS_BY_SLUG.get(unit, theirs, slug -> new Tag(slug, slug));
                unit.commit();
                return new Outcome(null, first.getId(), unit.state(first), null, List.of());
            } catch (RuntimeException failure) {
                Integer idAfter = first.getId();
                EntityState stateAfter = unit.state(first);
                RuntimeException refusal = null;
                try {
                    unit.add(new Tag("refused", "refused"));
                } catch (RuntimeException e) {
                    refusal = e;
                }
                unit.rollback();
                // the remedy: the whole unit again, in a transaction of its own
                List<Integer> retried = relkit.inTransaction(factory, 3, fresh -> java.util.Arrays.asList(
                        TAGS_BY_SLUG.get(fresh, mine, slug -> new Tag(slug, slug)).getId(),
                        TAGS_BY_SLUG.get(fresh, theirs, slug -> new Tag(slug, slug)).getId()));
                return new Outcome(failure, idAfter, stateAfter, refusal, retried);
            }
        }
    }

    /**
     * The race that used to leave stale ids: 16 threads, each creating the same 50 tags in a random
     * order in one transaction, so deadlocks are certain; {@code inTransaction} runs each victim's whole
     * unit again. Every call ends with 50 tags whose ids are the committed rows' ids.
     */
    @RepeatedTest(3)
    void sixteenRandomOrderUnitsRetriedByInTransactionAllEndWithTheFiftyCommittedRows(SqlSessionFactory factory,
                                                                                     DataSource dataSource) throws Exception {
        Relkit relkit = ReferenceCatalogue.relkit(factory.getConfiguration());
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<Map<String, Integer>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                List<String> order = new ArrayList<>(SLUGS);
                Collections.shuffle(order, new Random(t * 31L + System.nanoTime()));
                results.add(threads.submit(() -> {
                    start.await();
                    return relkit.inTransaction(factory, 50, unit -> {
                        attempts.incrementAndGet();
                        Map<String, Integer> ids = new TreeMap<>();
                        List<Tag> tags = new ArrayList<>();
                        for (String slug : order) {
                            tags.add(TAGS_BY_SLUG.get(unit, slug, s -> new Tag(s, s)));
                        }
                        unit.flush();
                        for (Tag found : tags) {
                            ids.put(found.getSlug(), found.getId());
                        }
                        return ids;
                    });
                }));
            }
            start.countDown();
            Map<String, Integer> committed = new TreeMap<>();
            List<Map<String, Integer>> all = new ArrayList<>();
            for (Future<Map<String, Integer>> result : results) {
                all.add(result.get(120, TimeUnit.SECONDS));
            }
            for (String row : Rows.committed(dataSource, "select slug, id from tag where slug like 'truth-%'")) {
                String[] parts = row.split("\\|");
                committed.put(parts[0], Integer.valueOf(parts[1]));
            }
            assertThat(committed).hasSize(50);
            assertThat(all).allSatisfy(ids -> assertThat(ids).as("no stale id: every id is the committed row's").isEqualTo(committed));
        } finally {
            threads.shutdownNow();
        }
        assertThat(attempts.get()).as("units run, victims included").isGreaterThanOrEqualTo(THREADS);
    }

    /**
     * The connection dies between a successful flush and the COMMIT (the server killed it): the caller
     * learns that the transaction is lost and that the COMMIT's outcome cannot be known, the objects
     * are restored (the team is NEW again without the id of a row that never committed), and
     * {@code inTransaction} would not run such a unit again on its own.
     */
    @Test
    void aCommitWhoseConnectionDiedRestoresTheUnitAndSaysTheOutcomeIsUnknown(SqlSessionFactory factory, DataSource dataSource)
            throws Exception {
        Relkit relkit = ReferenceCatalogue.relkit(factory.getConfiguration());
        try (RelkitSession unit = relkit.session(factory.openSession(false))) {
            Team team = new Team("Lost Connection", "Nowhere");
            unit.add(team);
            unit.flush();
            assertThat(team.getId()).isNotNull();
            Object connectionId = dev.relkit.testing.PlainSql.rows(unit.sqlSession(), "select connection_id()").get(0).get(0);
            try (var killer = dataSource.getConnection(); var statement = killer.createStatement()) {
                statement.execute("KILL CONNECTION " + connectionId);
            }

            TransactionRolledBackException lost = org.assertj.core.api.Assertions.catchThrowableOfType(
                    TransactionRolledBackException.class, unit::commit);

            assertThat(lost.scope()).isEqualTo(DatabaseFailure.CONNECTION);
            assertThat(lost.commitOutcomeUnknown()).isTrue();
            assertThat(lost).hasMessageContaining("whether the database committed is unknown");
            assertThat(team.getId()).as("restored: the row never committed").isNull();
            assertThat(unit.state(team)).isEqualTo(EntityState.NEW);
        }
        assertThat(Rows.committed(dataSource, "select count(*) from team where name = 'Lost Connection'")).containsExactly("0");
    }

    @Test
    void anAutoCommitSessionIsRefusedBecauseAFailedFlushWouldLeaveHalfTheUnitCommitted(SqlSessionFactory factory) {
        Relkit relkit = ReferenceCatalogue.relkit(factory.getConfiguration());

        try (var autoCommit = factory.openSession(true)) {
            assertThatThrownBy(() -> relkit.session(autoCommit))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auto-commit off");
        }
    }

    @Test
    void aKeyOfAnotherTypeIsRefusedRatherThanConvertedByTheDatabase(SqlSessionFactory factory) {
        try (RelkitSession unit = ReferenceCatalogue.session(factory.openSession(false))) {
            assertThatThrownBy(() -> unit.get(HeroRelationships.TEAM, "2 OR 1=1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Team.id").hasMessageContaining("String '2 OR 1=1' is not of the column's type");
            assertThat(unit.get(HeroRelationships.TEAM, 2)).extracting(Team::getName).isNotNull();
        }
    }
}
