package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementListener;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.blog.BlogRelationships;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.relation.Metamodel;
import dev.relkit.session.EntityState;
import dev.relkit.session.RelkitSession;
import dev.relkit.unique.GetOrCreate;
import dev.relkit.unique.Slugify;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.TAG;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Get-or-create of tags by their unique slug ({@link GetOrCreate}) on the blog seed (tags firstpost,
 * wendy, orm, python, databases), with rows checked by plain JDBC after each step, commit and
 * rollback; and the race: 16 threads, each with its own unit and connection, asking for the same 50
 * missing slugs, twenty times over.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class GetOrCreateIT {

    private static final Metamodel BLOG = Metamodel.of(BlogRelationships.ALL);
    private static final GetOrCreate<Tag, String> TAGS_BY_SLUG = GetOrCreate.on(TAG, tag.slug);
    private static final List<String> RACED_SLUGS = IntStream.range(0, 50).mapToObj(i -> String.format("race-%02d", i)).toList();
    private static final int THREADS = 16;
    private static final AtomicInteger RACES_LOST = new AtomicInteger();
    private static final AtomicInteger RACE_RUNS = new AtomicInteger();

    private RelkitSession unit;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        unit = ReferenceCatalogue.session(factory.openSession(false));
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    /** The documented contract: the column's collation decides which row is the same value, as the unique index does. */
    @Test
    void aValueTheCollationCallsEqualFindsTheStoredRowAsItIsStored(StatementRecorder statements) {
        Tag orm = statements.assertCount(1, () -> TAGS_BY_SLUG.get(unit, "ORM", GetOrCreateIT::newTag));
        Tag accented = statements.assertCount(1, () -> TAGS_BY_SLUG.get(unit, "órm", GetOrCreateIT::newTag));

        assertThat(orm).extracting(Tag::getId, Tag::getSlug).containsExactly(3, "orm");
        assertThat(accented).as("one row, one object").isSameAs(orm);
        statements.assertCount(0, unit::flush);
    }

    @Test
    void returnsAnExistingTagWithOneSelectAndTheSameObjectForTheRestOfTheUnit(StatementRecorder statements) {
        Tag orm = statements.assertCount(1, () -> TAGS_BY_SLUG.get(unit, "orm", GetOrCreateIT::newTag));

        assertThat(orm).extracting(Tag::getId, Tag::getName, Tag::getSlug).containsExactly(3, "ORM", "orm");
        assertThat(unit.state(orm)).isEqualTo(EntityState.PERSISTENT);
        assertThat(statements.assertCount(0, () -> TAGS_BY_SLUG.get(unit, "orm", GetOrCreateIT::newTag))).isSameAs(orm);
        assertThat(unit.get(TAG, 3)).as("the identity map holds it").isSameAs(orm);
        statements.assertCount(0, unit::flush);
    }

    @Test
    void createsAMissingTagWithASelectAndAnInsertAndLinksItToAPost(StatementRecorder statements, DataSource dataSource) {
        String name = "Crème Brûlée & Co.";
        List<RecordedStatement> created = new ArrayList<>();
        Tag dessert = record(statements, created, () -> TAGS_BY_SLUG.get(unit, Slugify.slug(name), slug -> new Tag(name, slug)));

        assertThat(created).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, name, slug from tag where slug = ?",
                "insert into tag (name, slug) values (?, ?)");
        assertThat(dessert.getId()).isNotNull();
        assertThat(unit.state(dessert)).isEqualTo(EntityState.PERSISTENT);
        assertThat(Rows.read(unit.sqlSession().getConnection(), "select id, name, slug from tag where id > 5"))
                .as("inserted in the unit's transaction").containsExactly(dessert.getId() + "|Crème Brûlée & Co.|creme-brulee-co");
        assertThat(Rows.committed(dataSource, "select count(*) from tag")).as("not committed").containsExactly("5");

        Post draft = unit.get(POST, 4);
        draft.getTags().add(dessert);
        draft.getTags().add(TAGS_BY_SLUG.get(unit, "orm", GetOrCreateIT::newTag));
        statements.assertCount(2, unit::flush); // two post_tag rows; the tag is not inserted again
        unit.commit();

        assertThat(Rows.committed(dataSource, "select t.slug from post_tag pt join tag t on t.id = pt.tag_id where pt.post_id = 4 order by t.slug"))
                .containsExactly("creme-brulee-co", "orm");
        assertThat(Rows.committed(dataSource, "select count(*) from tag")).containsExactly("6");
    }

    @Test
    void whatACreatedTagAlreadyHoldsIsWrittenByTheNextFlush(StatementRecorder statements, DataSource dataSource) {
        Post first = unit.get(POST, 1);
        Tag fresh = TAGS_BY_SLUG.get(unit, "fresh", slug -> {
            Tag created = newTag(slug);
            created.getPosts().add(first); // one side of Post.tags / Tag.posts is enough for the link row
            return created;
        });

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).singleElement().satisfies(link -> {
            assertThat(link.oneLineSql()).isEqualTo("insert into post_tag (post_id, tag_id) values (?, ?)");
            assertThat(link.parameters()).containsExactly(1, fresh.getId());
        });
        unit.commit();
        assertThat(Rows.committed(dataSource, "select post_id from post_tag where tag_id = " + fresh.getId())).containsExactly("1");
    }

    @Test
    void findsATagNewInTheUnitWithoutSql(StatementRecorder statements, DataSource dataSource) {
        Tag mybatis = new Tag("MyBatis", "mybatis");
        unit.add(mybatis);

        assertThat(statements.assertCount(0, () -> TAGS_BY_SLUG.get(unit, "mybatis", GetOrCreateIT::newTag))).isSameAs(mybatis);
        unit.commit();
        assertThat(Rows.committed(dataSource, "select name from tag where slug = 'mybatis'")).containsExactly("MyBatis");
    }

    @Test
    void aRollbackMakesACreatedTagNewAgainAndTheNextFlushInsertsIt(StatementRecorder statements, DataSource dataSource) {
        Tag sql = TAGS_BY_SLUG.get(unit, "sql", GetOrCreateIT::newTag);
        assertThat(Rows.read(unit.sqlSession().getConnection(), "select name from tag where slug = 'sql'")).containsExactly("sql");

        unit.rollback();

        assertThat(Rows.committed(dataSource, "select count(*) from tag where slug = 'sql'")).containsExactly("0");
        assertThat(sql.getId()).as("the generated id is taken back").isNull();
        assertThat(unit.state(sql)).isEqualTo(EntityState.NEW);
        assertThat(statements.assertCount(0, () -> TAGS_BY_SLUG.get(unit, "sql", GetOrCreateIT::newTag))).isSameAs(sql);

        statements.assertCount(1, unit::commit);
        assertThat(Rows.committed(dataSource, "select id, name from tag where slug = 'sql'")).containsExactly(sql.getId() + "|sql");
    }

    @Test
    void aSlugCommittedAfterTheUnitsSnapshotIsFoundByALockingReadAfterTheDuplicateKey(
            SqlSessionFactory factory, StatementRecorder statements, DataSource dataSource) {
        // the unit's REPEATABLE READ snapshot starts with this read: it will not see later commits
        assertThat(unit.get(TAG, 1)).isNotNull();
        Integer winnerId;
        try (RelkitSession other = ReferenceCatalogue.session(factory.openSession(false))) {
            winnerId = TAGS_BY_SLUG.get(other, "late", GetOrCreateIT::newTag).getId();
            other.commit();
        }
        assertThat(Rows.read(unit.sqlSession().getConnection(), "select count(*) from tag where slug = 'late'"))
                .as("invisible to the unit's snapshot").containsExactly("0");

        List<RecordedStatement> lostRace = new ArrayList<>();
        Tag late = record(statements, lostRace, () -> TAGS_BY_SLUG.get(unit, "late", GetOrCreateIT::newTag));

        assertThat(lostRace).extracting(RecordedStatement::oneLineSql, RecordedStatement::succeeded).containsExactly(
                org.assertj.core.groups.Tuple.tuple("select id, name, slug from tag where slug = ?", true),
                org.assertj.core.groups.Tuple.tuple("insert into tag (name, slug) values (?, ?)", false),
                org.assertj.core.groups.Tuple.tuple("select id, name, slug from tag where slug = ? lock in share mode", true));
        assertThat(late.getId()).isEqualTo(winnerId);
        assertThat(unit.state(late)).isEqualTo(EntityState.PERSISTENT);
        unit.commit();
        assertThat(Rows.committed(dataSource, "select id from tag where slug = 'late'")).containsExactly(String.valueOf(winnerId));
    }

    @Test
    void rejectsACreatorWhoseObjectDoesNotHoldTheValue() {
        assertThatThrownBy(() -> TAGS_BY_SLUG.get(unit, "java", slug -> new Tag("Java", "jvm")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The creator of Tag.slug = 'java' returned Tag{id=null, name='Java', slug='jvm'},"
                        + " which does not hold that value");
        assertThatThrownBy(() -> GetOrCreate.on(TAG, tag.id)).hasMessage("Tag.id is the primary key: use RelkitSession.get, not get-or-create");
    }

    /**
     * 16 threads, each with its own unit (own SqlSession and connection), start together and ask for
     * the same 50 missing slugs in their own random order: even threads all 50 in one transaction
     * through {@code getAll}, odd threads each slug in a transaction of its own through {@code get}.
     * Every call returns, the table ends with exactly 50 rows, and every thread got the same id for
     * a slug. Repeated twenty times in one run.
     */
    @RepeatedTest(20)
    void sixteenThreadsRacingOnFiftySlugsLeaveFiftyRowsAndAgreeOnTheirIds(SqlSessionFactory factory, DataSource dataSource,
                                                                         StatementRecorder statements) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        AtomicInteger inserted = new AtomicInteger();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger lockingReads = new AtomicInteger();
        try (StatementListener.Registration counting = statements.addListener(statement -> {
            String sql = statement.oneLineSql();
            if (sql.startsWith("insert into tag ")) {
                (statement.succeeded() ? inserted : duplicates).incrementAndGet();
            } else if (sql.endsWith("lock in share mode")) {
                lockingReads.incrementAndGet();
            }
        })) {
            List<Future<Map<String, Integer>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean oneTransaction = t % 2 == 0;
                List<String> order = new ArrayList<>(RACED_SLUGS);
                Collections.shuffle(order, new Random(t));
                results.add(threads.submit(() -> {
                    start.await();
                    return oneTransaction ? allInOneUnit(factory, order) : oneUnitPerSlug(factory, order);
                }));
            }
            start.countDown();
            Map<String, Integer> first = results.get(0).get(60, TimeUnit.SECONDS);
            assertThat(first).hasSize(50).doesNotContainValue(null);
            for (Future<Map<String, Integer>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).as("every thread saw the same row per slug").isEqualTo(first);
            }
        } finally {
            threads.shutdownNow();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Rows.committed(dataSource, "select count(*), count(distinct slug) from tag where slug like 'race-%'"))
                .containsExactly("50|50");
        assertThat(Rows.committed(dataSource, "select count(*) from tag")).containsExactly("55");
        assertThat(inserted).as("each slug inserted exactly once").hasValue(50);
        assertThat(lockingReads).as("every lost race resolved by one locking read").hasValue(duplicates.get());
        RACES_LOST.addAndGet(duplicates.get());
        RACE_RUNS.incrementAndGet();
    }

    /** Over the twenty runs, some inserts must have lost a race: otherwise the test raced nothing. */
    @AfterAll
    static void theRacesReachedTheDuplicateKeyPath() {
        if (RACE_RUNS.get() == 20) {
            assertThat(RACES_LOST.get()).as("inserts that lost the race over 20 runs").isPositive();
        }
    }

    private static Map<String, Integer> allInOneUnit(SqlSessionFactory factory, List<String> slugs) {
        try (RelkitSession own = ReferenceCatalogue.session(factory.openSession(false))) {
            Map<String, Tag> tags = TAGS_BY_SLUG.getAll(own, slugs, GetOrCreateIT::newTag);
            own.commit();
            return ids(tags);
        }
    }

    private static Map<String, Integer> oneUnitPerSlug(SqlSessionFactory factory, List<String> slugs) {
        Map<String, Tag> tags = new java.util.TreeMap<>();
        for (String slug : slugs) {
            try (RelkitSession own = ReferenceCatalogue.session(factory.openSession(false))) {
                tags.put(slug, TAGS_BY_SLUG.get(own, slug, GetOrCreateIT::newTag));
                own.commit();
            }
        }
        return ids(tags);
    }

    private static Map<String, Integer> ids(Map<String, Tag> tags) {
        Map<String, Integer> ids = new java.util.TreeMap<>();
        tags.forEach((slug, tag) -> ids.put(slug, tag.getId()));
        return ids;
    }

    private static Tag newTag(String slug) {
        return new Tag(slug, slug);
    }

    private static <T> T record(StatementRecorder statements, List<RecordedStatement> into, java.util.function.Supplier<T> block) {
        List<T> result = new ArrayList<>(1);
        into.addAll(statements.record(() -> result.add(block.get())));
        return result.get(0);
    }
}
