package dev.relkit.load;

import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.mapper.company.CompanyRelationships.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mybatis.dynamic.sql.SqlBuilder.group;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;

/**
 * {@code loader.stream(...)}: parents read in keyset chunks, each chunk's collections by select-in, with
 * an identity map per chunk, so the objects held stay bounded by one chunk's graph. The seed's 4 posts
 * plus 100 generated ones (authored by wendy, two comments each) make 104 posts.
 */
@RelkitTest
class ParentStreamIT {

    private static final LoadPlan PLAN = LoadPlan.of(selectIn(POST_AUTHOR), selectIn(POST_COMMENTS));

    @Test
    void everyChunkCostsOneParentStatementPlusOnePerSelectInAndHoldsOnlyItsOwnGraph(
            SqlSession session, StatementRecorder statements) {
        generatePosts(session);
        List<List<Post>> chunks = new ArrayList<>();
        List<Integer> identityMapSizes = new ArrayList<>();

        List<RecordedStatement> run = statements.record(() -> {
            try (ParentStream<Post> posts = ReferenceCatalogue.loader(session).stream(POST, null, PLAN, 10)) {
                while (posts.hasNext()) {
                    chunks.add(posts.next());
                    identityMapSizes.add(posts.identityMapSize());
                }
            }
        });

        assertThat(run).hasSize(11 * 3); // 11 chunks (the last of 4): posts, their authors, their comments
        assertThat(run.get(0).oneLineSql()).isEqualTo(
                "select id, author_id, title, body, created_at, updated_at from post order by id limit ?");
        assertThat(run.get(3).oneLineSql()).isEqualTo(
                "select id, author_id, title, body, created_at, updated_at from post where id > ? order by id limit ?");
        assertThat(chunks).extracting(List::size).containsExactly(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 4);
        assertThat(chunks.stream().flatMap(List::stream).map(Post::getId).distinct().count()).isEqualTo(104);
        // 10 posts, at most 3 authors (the first chunk has wendy, ed and mary) and 20 comments per chunk
        assertThat(identityMapSizes).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(10 + 3 + 20));
        assertThat(identityMapSizes.get(5)).isEqualTo(10 + 1 + 20);
        for (List<Post> chunk : chunks) {
            for (Post p : chunk) {
                p.getComments().forEach((Comment c) -> assertSame(p, c.getPost()));
            }
        }
        Post generated = chunks.get(5).get(0);
        assertThat(generated.getComments()).hasSize(2);
        assertSame(generated.getAuthor(), chunks.get(5).get(1).getAuthor()); // one object per row within a chunk
        assertNotSame(generated.getAuthor(), chunks.get(6).get(0).getAuthor()); // a fresh identity map per chunk
    }

    @Test
    void theFlatStreamFiltersReadsLazilyAndAnEvenDivisionCostsOneEmptyParentStatement(
            SqlSession session, StatementRecorder statements) {
        generatePosts(session);
        ParentStream<Post> wendys = ReferenceCatalogue.loader(session)
                .stream(POST, group(post.authorId, isEqualTo(1)), LoadPlan.of(selectIn(POST_COMMENTS)), 51);

        List<RecordedStatement> firstOnly = statements.record(() -> assertThat(wendys.stream().findFirst())
                .get().extracting(Post::getId).isEqualTo(1));
        assertThat(firstOnly).hasSize(2); // only the first chunk was read
        assertThat(firstOnly.get(0).oneLineSql()).contains("where author_id = ? order by id limit ?");

        List<RecordedStatement> all = statements.record(() -> {
            try (ParentStream<Post> again = ReferenceCatalogue.loader(session)
                    .stream(POST, group(post.authorId, isEqualTo(1)), LoadPlan.of(selectIn(POST_COMMENTS)), 51)) {
                assertThat(again.stream().count()).isEqualTo(102); // wendy's 2 seeded and 100 generated posts
            }
        });
        assertThat(all).hasSize(2 + 2 + 1); // chunks of 51 and 51, then a parents statement that finds none
        assertThat(all.get(2).oneLineSql()).contains("id > ?").contains("author_id = ?").endsWith("order by id limit ?");
    }

    @Test
    void aClosedStreamAndAnExhaustedOneSaySo(SqlSession session) {
        ParentStream<?> departments = ReferenceCatalogue.loader(session).stream(DEPARTMENT, null, LoadPlan.of(), 10);
        assertThat(departments.next()).hasSize(4);
        assertThat(departments.hasNext()).isFalse();
        assertThatThrownBy(departments::next).isInstanceOf(NoSuchElementException.class)
                .hasMessage("no more Department chunks");
        departments.close();
        assertThatThrownBy(departments::hasNext).isInstanceOf(IllegalStateException.class)
                .hasMessage("the Department stream is closed");
        assertThatThrownBy(() -> ReferenceCatalogue.loader(session).stream(DEPARTMENT, null, LoadPlan.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("chunk size must be at least 1, was 0");
    }

    /** 100 more posts by wendy (ids 5..104), each with two comments. */
    private static void generatePosts(SqlSession session) {
        GeneratedRows.insert(session,
                "insert into post (id, author_id, title, body, created_at) select seq + 4, 1, concat('Post ', seq), 'Generated',"
                        + " '2024-05-01 00:00:00' from " + GeneratedRows.sequence(100),
                "insert into comment (post_id, author_id, body, created_at) select seq + 4, 2, 'First', '2024-05-02 00:00:00' from "
                        + GeneratedRows.sequence(100),
                "insert into comment (post_id, author_id, body, created_at) select seq + 4, 3, 'Second', '2024-05-03 00:00:00' from "
                        + GeneratedRows.sequence(100));
    }
}
