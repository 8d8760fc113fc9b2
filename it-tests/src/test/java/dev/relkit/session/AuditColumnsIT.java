package dev.relkit.session;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.Isolation;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.blog.BlogRelationships;
import dev.relkit.model.blog.BlogUser;
import dev.relkit.model.blog.Post;
import dev.relkit.relation.Metamodel;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import static dev.relkit.mapper.blog.BlogRelationships.BLOG_USER;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Audit columns declared on {@code Post} ({@code EntityType.Builder.auditColumns(created_at,
 * updated_at)}) and stamped by the unit of work from a fixed clock, checked by plain JDBC after each
 * flush, commit and rollback. Seed: post 1 was created 2024-01-10 09:00:00 and never edited.
 */
@RelkitTest(isolation = Isolation.OWN_DATABASE)
class AuditColumnsIT {

    private static final Metamodel BLOG = Metamodel.of(BlogRelationships.ALL);
    private static final Clock FIRST = Clock.fixed(Instant.parse("2026-03-01T10:15:30.750Z"), ZoneOffset.UTC);
    private static final Clock SECOND = Clock.fixed(Instant.parse("2026-03-02T08:00:05Z"), ZoneOffset.UTC);
    private static final String POST_1 = "select title, created_at, updated_at from post where id = 1";

    private RelkitSession unit;

    @BeforeEach
    void openUnit(TestDatabase database, SqlSessionFactory factory) {
        database.restoreRows();
        unit = ReferenceCatalogue.session(factory.openSession(false)).clock(FIRST);
    }

    @AfterEach
    void closeUnit() {
        unit.close();
    }

    @Test
    void anInsertSetsCreatedAtFromTheClockAndLeavesUpdatedAtNull(StatementRecorder statements, DataSource dataSource) {
        BlogUser fred = unit.get(BLOG_USER, 4);
        Post post = new Post("Fred's first", "Hello.", null);
        post.setAuthor(fred);
        unit.add(post);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).singleElement().satisfies(insert -> {
            assertThat(insert.oneLineSql()).isEqualTo("insert into post (author_id, title, body, created_at, updated_at) values (?, ?, ?, ?, null)");
            assertThat(insert.parameters()).containsExactly(4, "Fred's first", "Hello.", LocalDateTime.parse("2026-03-01T10:15:30"));
        });
        assertThat(post.getCreatedAt()).as("whole seconds, as DATETIME holds it").isEqualTo(LocalDateTime.parse("2026-03-01T10:15:30"));
        assertThat(post.getUpdatedAt()).isNull();
        String row = "select author_id, title, created_at, updated_at from post where id = " + post.getId();
        assertThat(Rows.read(unit.sqlSession().getConnection(), row)).containsExactly("4|Fred's first|2026-03-01 10:15:30|null");
        statements.assertCount(0, unit::flush);
        unit.commit();
        assertThat(Rows.committed(dataSource, row)).containsExactly("4|Fred's first|2026-03-01 10:15:30|null");
    }

    @Test
    void anInsertKeepsACreatedAtTheApplicationSet(DataSource dataSource) {
        Post imported = new Post("Imported", "From the old blog.", LocalDateTime.parse("2019-05-04T12:00:00"));
        imported.setAuthor(unit.get(BLOG_USER, 4));
        unit.add(imported);
        unit.commit();

        assertThat(Rows.committed(dataSource, "select created_at, updated_at from post where title = 'Imported'"))
                .containsExactly("2019-05-04 12:00:00|null");
    }

    @Test
    void anUpdateSetsUpdatedAtAndLeavesCreatedAtAlone(StatementRecorder statements, DataSource dataSource) {
        Post post = unit.get(POST, 1);
        statements.assertCount(0, unit::flush); // loaded and unchanged: no stamp, no statement

        post.setTitle("Wendy's Blog Post, edited");
        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).singleElement().satisfies(update -> {
            assertThat(update.oneLineSql()).isEqualTo("update post set title = ?, updated_at = ? where id = ?");
            assertThat(update.parameters()).containsExactly("Wendy's Blog Post, edited", LocalDateTime.parse("2026-03-01T10:15:30"), 1L);
        });
        assertThat(Rows.read(unit.sqlSession().getConnection(), POST_1))
                .containsExactly("Wendy's Blog Post, edited|2024-01-10 09:00:00|2026-03-01 10:15:30");
        statements.assertCount(0, unit::flush);
        unit.commit();
        assertThat(Rows.committed(dataSource, POST_1)).containsExactly("Wendy's Blog Post, edited|2024-01-10 09:00:00|2026-03-01 10:15:30");

        unit.clock(SECOND);
        post.setBody("Edited again.");
        statements.assertCount(1, unit::commit);
        assertThat(Rows.committed(dataSource, POST_1)).containsExactly("Wendy's Blog Post, edited|2024-01-10 09:00:00|2026-03-02 08:00:05");
    }

    @Test
    void aRollbackPutsUpdatedAtBackAndKeepsTheApplicationsChangePending(StatementRecorder statements, DataSource dataSource) {
        Post post = unit.get(POST, 1);
        post.setTitle("Draft title");
        unit.flush();
        assertThat(post.getUpdatedAt()).isEqualTo(LocalDateTime.parse("2026-03-01T10:15:30"));

        unit.rollback();

        assertThat(Rows.committed(dataSource, POST_1)).containsExactly("Wendy's Blog Post|2024-01-10 09:00:00|null");
        assertThat(post.getUpdatedAt()).as("relkit's stamp is undone").isNull();
        assertThat(post.getTitle()).as("the application's change stays pending").isEqualTo("Draft title");
        unit.clock(SECOND);
        statements.assertCount(1, unit::commit);
        assertThat(Rows.committed(dataSource, POST_1)).containsExactly("Draft title|2024-01-10 09:00:00|2026-03-02 08:00:05");
    }
}
