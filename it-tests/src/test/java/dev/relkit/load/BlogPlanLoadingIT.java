package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.model.blog.BlogUser;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.Supplier;

import static dev.relkit.mapper.blog.BlogRelationships.COMMENT_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.selectIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The blog plan of relkit issue 4: posts with their author, their comments with each comment's
 * author, and their tags.
 *
 * <pre>{@code
 * List<Post> posts = postMapper.selectAllWithAuthor();            // 1: post JOIN blog_user author
 * ReferenceCatalogue.loader(session).load(posts, LoadPlan.of(
 *         joined(POST_AUTHOR),                                     // 0: already in statement 1
 *         selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR),          // 1: comment LEFT JOIN blog_user
 *         selectIn(POST_TAGS)));                                   // 1: tag JOIN post_tag
 * }</pre>
 *
 * <p><b>Why 3 statements and not the "exactly 4".</b> The issue counts one statement per
 * relationship plus the posts: posts, authors, comments (with their authors), tags. With relkit the
 * post's author is a many-to-one that the posts' own statement joins (top-level {@code joined}:
 * one author row per post row, no fan-out), so the authors cost no statement of their own, and the
 * comments' authors are joined into the comments' select-in statement. 4 is what the plan costs
 * when the post author is loaded by select-in instead ({@code selectIn(POST_AUTHOR)} after a plain
 * {@code selectAll}); both counts are asserted below, for 1, 10 and 200 posts. Neither depends on the
 * number of posts (up to the select-in chunk size, 500 keys per statement).
 */
@RelkitTest
class BlogPlanLoadingIT {

    /**
     * The many-to-one inverses relkit sets on the children it loads (back-populates), which MyBatis's own
     * joined statements, the reference graphs here, leave null; and the remarks, which the plan does not
     * load (a lazy collection that the comparison would load).
     */
    private static final String[] INVERSES = {"comments.post", "remarks"};

    private static final LoadPlan AUTHOR_JOINED = LoadPlan.of(
            joined(POST_AUTHOR), selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR), selectIn(POST_TAGS));

    private static final LoadPlan AUTHOR_BY_SELECT_IN = LoadPlan.of(
            selectIn(POST_AUTHOR), selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR), selectIn(POST_TAGS));

    @Test
    void xmlParentsWithTheAuthorJoinedLoadTheWholePlanInThreeStatements(
            SqlSession session, PostMapper posts, StatementRecorder statements) {
        assertWholeSeededPlan(session, posts, statements, posts::selectAllWithAuthor);
    }

    @Test
    void dynamicSqlParentsWithTheAuthorJoinedLoadTheWholePlanInThreeStatements(
            SqlSession session, PostMapper posts, StatementRecorder statements) {
        assertWholeSeededPlan(session, posts, statements, posts::selectAllWithAuthorDynamic);
    }

    @Test
    void theStatementsAreThePostsWithAuthorsTheCommentsWithAuthorsAndTheTags(
            SqlSession session, PostMapper posts, StatementRecorder statements) {
        List<RecordedStatement> run = statements.record(() ->
                ReferenceCatalogue.loader(session).load(posts.selectAllWithAuthorDynamic(), AUTHOR_JOINED));

        assertThat(run).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select post.id, post.author_id, post.title, post.body, post.created_at, post.updated_at,"
                        + " author.id as a_id, author.username as a_username, author.email as a_email"
                        + " from post join blog_user author on author.id = post.author_id order by id",
                "select comment.id, comment.post_id, comment.author_id, comment.body, comment.created_at,"
                        + " comment_author.id as comment_author__id, comment_author.username as comment_author__username,"
                        + " comment_author.email as comment_author__email from comment"
                        + " left join blog_user comment_author on comment_author.id = comment.author_id"
                        + " where comment.post_id in (?,?,?,?) order by created_at, id",
                "select tag.id, tag.name, tag.slug, post_tag.post_id as relkit_owner_key"
                        + " from tag join post_tag on tag.id = post_tag.tag_id where post_tag.post_id in (?,?,?,?) order by slug, id");
    }

    @Test
    void theAuthorBySelectInCostsTheFourthStatement(SqlSession session, PostMapper posts, StatementRecorder statements) {
        List<Post> reference = posts.selectAllWithAuthorCommentsTags();
        session.clearCache();

        List<Post> loaded = statements.assertCount(4, () ->
                ReferenceCatalogue.loader(session).load(posts.selectAll(), AUTHOR_BY_SELECT_IN));

        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(reference);
        assertThat(loaded.get(1).getAuthor()).isSameAs(loaded.get(0).getAuthor());
    }

    @ParameterizedTest(name = "{0} posts")
    @ValueSource(ints = {1, 10, 200})
    void thePlanCostsThreeStatementsWithTheAuthorJoinedAndFourBySelectInWhateverTheNumberOfPosts(
            int postCount, SqlSession session, PostMapper posts, StatementRecorder statements) {
        generatePosts(session, postCount);
        List<Post> reference = generated(posts.selectAllWithAuthorCommentsTags());
        assertThat(reference).hasSize(postCount);
        session.clearCache();

        List<Post> authorJoined = statements.assertCount(3, () ->
                ReferenceCatalogue.loader(session).load(generated(posts.selectAllWithAuthor()), AUTHOR_JOINED));
        session.clearCache();
        List<Post> authorBySelectIn = statements.assertCount(4, () ->
                ReferenceCatalogue.loader(session).load(generated(posts.selectAll()), AUTHOR_BY_SELECT_IN));

        for (List<Post> loaded : List.of(authorJoined, authorBySelectIn)) {
            assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(reference);
            assertThat(loaded).allSatisfy(post -> {
                assertThat(post.getAuthor().getUsername()).isEqualTo("mary");
                assertThat(post.getComments()).extracting(Comment::getBody, c -> c.getAuthor() == null ? null : c.getAuthor().getUsername())
                        .containsExactly(tuple("anonymous on " + post.getTitle(), null), tuple("ed on " + post.getTitle(), "ed"));
                assertThat(post.getTags()).extracting(Tag::getSlug)
                        .containsExactly("gen-" + post.getTitle().substring("gen post ".length()), "orm");
            });
            Post first = loaded.get(0);
            BlogUser ed = first.getComments().get(1).getAuthor();
            Tag orm = first.getTags().stream().filter(t -> t.getSlug().equals("orm")).findFirst().orElseThrow();
            assertThat(loaded).as("one mary, one ed, one 'orm' for %d posts", postCount).allSatisfy(post -> {
                assertThat(post.getAuthor()).isSameAs(first.getAuthor());
                assertThat(post.getComments().get(1).getAuthor()).isSameAs(ed);
                assertThat(post.getTags()).contains(orm);
            });
        }
    }

    private static void assertWholeSeededPlan(SqlSession session, PostMapper posts, StatementRecorder statements,
                                              Supplier<List<Post>> parents) {
        List<Post> reference = posts.selectAllWithAuthorCommentsTags();
        session.clearCache();

        List<Post> loaded = statements.assertCount(3, () -> ReferenceCatalogue.loader(session).load(parents.get(), AUTHOR_JOINED));

        assertThat(loaded).usingRecursiveComparison().ignoringFields(INVERSES).isEqualTo(reference);
        assertThat(loaded).extracting(Post::getTitle, p -> p.getAuthor().getUsername(),
                        p -> p.getComments().stream().map(Comment::getId).toList(),
                        p -> p.getTags().stream().map(Tag::getSlug).toList())
                .containsExactly(
                        tuple("Wendy's Blog Post", "wendy", List.of(3, 1, 2), List.of("firstpost", "wendy")),
                        tuple("Wendy's Second Post", "wendy", List.of(), List.of("wendy")),
                        tuple("Ed on Object-Relational Mapping", "ed", List.of(5, 4), List.of("orm", "python")),
                        tuple("Mary's Draft", "mary", List.of(), List.of()));
        Post wendysFirst = loaded.get(0);
        assertThat(wendysFirst.getComments().get(0).getAuthor()).as("comment 3 is anonymous").isNull();
        assertThat(wendysFirst.getComments().get(2).getAuthor()).as("one wendy: post author and commenter")
                .isSameAs(wendysFirst.getAuthor()).isSameAs(loaded.get(1).getAuthor())
                .isSameAs(loaded.get(2).getComments().get(1).getAuthor());
        assertThat(loaded.get(1).getTags().iterator().next()).as("one 'wendy' tag")
                .isSameAs(wendysFirst.getTags().stream().filter(t -> t.getSlug().equals("wendy")).findFirst().orElseThrow());
    }

    /**
     * {@code count} posts "gen post i" by mary, each with an anonymous comment and a later one by ed,
     * tagged with its own tag "gen-i" and the seeded "orm".
     */
    private static void generatePosts(SqlSession session, int count) {
        String sequence = GeneratedRows.sequence(count);
        GeneratedRows.insert(session,
                "INSERT INTO post (author_id, title, body, created_at)"
                        + " SELECT 3, CONCAT('gen post ', seq), 'generated', TIMESTAMP '2025-01-01 00:00:00' + INTERVAL seq MINUTE"
                        + " FROM " + sequence,
                "INSERT INTO comment (post_id, author_id, body, created_at)"
                        + " SELECT post.id, 2, CONCAT('ed on ', post.title), post.created_at + INTERVAL 2 HOUR"
                        + " FROM post WHERE post.title LIKE 'gen post %'",
                "INSERT INTO comment (post_id, author_id, body, created_at)"
                        + " SELECT post.id, NULL, CONCAT('anonymous on ', post.title), post.created_at + INTERVAL 1 HOUR"
                        + " FROM post WHERE post.title LIKE 'gen post %'",
                "INSERT INTO tag (name, slug) SELECT seq, CONCAT('gen-', seq) FROM " + sequence,
                "INSERT INTO post_tag (post_id, tag_id) SELECT post.id, tag.id FROM post"
                        + " JOIN tag ON tag.slug = CONCAT('gen-', SUBSTRING(post.title, 10)) WHERE post.title LIKE 'gen post %'",
                "INSERT INTO post_tag (post_id, tag_id) SELECT post.id, 3 FROM post WHERE post.title LIKE 'gen post %'");
    }

    private static List<Post> generated(List<Post> posts) {
        return posts.stream().filter(p -> p.getTitle().startsWith("gen post ")).toList();
    }
}
