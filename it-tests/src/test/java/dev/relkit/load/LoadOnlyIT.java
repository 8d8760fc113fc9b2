package dev.relkit.load;

import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENT;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENT_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogUserDynamicSqlSupport.blogUser;
import static dev.relkit.mapper.blog.CommentDynamicSqlSupport.comment;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * {@code loadOnly}: SQLAlchemy's {@code selectinload(Post.comments).load_only(Comment.body)}. The
 * statement selects the named columns plus the key, join and order columns; the other properties stay
 * null, and the objects are still one per row with their inverses set.
 */
@RelkitTest
class LoadOnlyIT {

    @Test
    void selectInWithLoadOnlySelectsTheNamedColumnsAndTheKeyJoinAndOrderColumns(
            SqlSession session, PostMapper posts, StatementRecorder statements) {
        List<Post> parents = posts.selectAll();

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session)
                .load(parents, LoadPlan.of(selectIn(POST_COMMENTS).loadOnly(comment.body))));

        assertThat(run).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, post_id, body, created_at from comment where post_id in (?,?,?,?) order by created_at, id");
        Post first = parents.get(0);
        assertThat(first.getComments())
                .extracting(Comment::getId, Comment::getPostId, Comment::getBody, Comment::getAuthorId)
                .containsExactly(tuple(3, 1, "First!", null), tuple(1, 1, "Nice first post!", null),
                        tuple(2, 1, "Thanks, Ed.", null));
        first.getComments().forEach(c -> assertSame(first, c.getPost()));
    }

    @Test
    void joinedUnderSelectInWithLoadOnlyNarrowsTheJoinedColumnsAndKeepsOneAuthorPerRow(
            SqlSession session, PostMapper posts, StatementRecorder statements) {
        List<Post> parents = posts.selectAll();

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session).load(parents,
                LoadPlan.of(selectIn(POST_COMMENTS).loadOnly(comment.body)
                        .with(joined(COMMENT_AUTHOR).loadOnly(blogUser.username)))));

        assertThat(run).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select comment.id, comment.post_id, comment.author_id, comment.body, comment.created_at,"
                        + " comment_author.id as comment_author__id, comment_author.username as comment_author__username"
                        + " from comment left join blog_user comment_author on comment_author.id = comment.author_id"
                        + " where comment.post_id in (?,?,?,?) order by created_at, id");
        Comment thanks = parents.get(0).getComments().get(2);   // comment 2, by wendy
        Comment greatPoints = parents.get(2).getComments().get(1); // comment 4, by wendy
        assertThat(thanks.getAuthor().getUsername()).isEqualTo("wendy");
        assertThat(thanks.getAuthor().getEmail()).isNull();
        assertSame(thanks.getAuthor(), greatPoints.getAuthor());
        assertThat(parents.get(0).getComments().get(0).getAuthor()).isNull(); // the anonymous comment
    }

    @Test
    void subqueryWithLoadOnlyNarrowsTheColumnsInOneStatement(SqlSession session, StatementRecorder statements) {
        List<List<Post>> result = new java.util.ArrayList<>();
        List<RecordedStatement> run = statements.record(() -> result.add(ReferenceCatalogue.loader(session).query(POST,
                select(post.id, post.authorId, post.title, post.body, post.createdAt, post.updatedAt).from(post).orderBy(post.id),
                LoadPlan.of(subquery(POST_COMMENTS).loadOnly(comment.body)))));
        List<Post> loaded = result.get(0);

        assertThat(run).hasSize(2);
        assertThat(run.get(1).oneLineSql())
                .startsWith("select id, post_id, body, created_at from comment where post_id in (select relkit_parent.id from (");
        assertThat(loaded.get(2).getComments()).extracting(Comment::getId, Comment::getBody, Comment::getAuthorId)
                .containsExactly(tuple(5, "I disagree about lazy loading.", null), tuple(4, "Great points.", null));
    }

    @Test
    void aNarrowedObjectFlushedUnchangedWritesNothingAndItsChangedColumnIsWritten(
            SqlSession session, PostMapper posts, StatementRecorder statements) throws SQLException {
        RelkitSession unit = ReferenceCatalogue.session(session);
        List<Post> parents = unit.load(POST, unit.query(POST, select(post.id, post.authorId, post.title, post.body,
                post.createdAt, post.updatedAt).from(post).orderBy(post.id)),
                LoadPlan.of(selectIn(POST_COMMENTS).loadOnly(comment.body)));
        Comment first = parents.get(0).getComments().get(0);

        statements.assertCount(0, unit::flush);
        first.setBody("First! (edited)");
        List<RecordedStatement> written = statements.record(unit::flush);

        assertThat(written).extracting(RecordedStatement::oneLineSql)
                .containsExactly("update comment set body = ? where id = ?");
        try (Statement query = session.getConnection().createStatement();
             ResultSet row = query.executeQuery("select body, author_id from comment where id = 3")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("First! (edited)");
        }
    }

    @Test
    void aRowAlreadyInTheIdentityMapKeepsItsObjectWithEveryColumn(SqlSession session, PostMapper posts,
                                                                  StatementRecorder statements) {
        RelkitSession unit = ReferenceCatalogue.session(session);
        Comment full = unit.get(COMMENT, 1);
        List<Post> parents = unit.load(POST, unit.query(POST, select(post.id, post.authorId, post.title, post.body,
                post.createdAt, post.updatedAt).from(post).orderBy(post.id)),
                LoadPlan.of(selectIn(POST_COMMENTS).loadOnly(comment.body)));

        assertSame(full, parents.get(0).getComments().get(1));
        assertThat(full.getAuthorId()).isEqualTo(2); // loaded in full before: not narrowed
        assertThat(parents.get(0).getComments().get(2).getAuthorId()).isNull(); // comment 2 (wendy's), narrowed
    }

    @Test
    void badLoadOnlyOptionsAreRefusedNamingTheRelationshipAndColumn(SqlSession session, PostMapper posts) {
        assertThatThrownBy(() -> selectIn(POST_COMMENTS).loadOnly(post.title))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loadOnly on Post.comments: title is not a column of Comment (table comment)");
        assertThatThrownBy(() -> lazy(POST_COMMENTS).loadOnly(comment.body))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("loadOnly on LAZY(Post.comments)");
        List<Post> withAuthors = posts.selectAllWithAuthor();
        assertThatThrownBy(() -> ReferenceCatalogue.loader(session)
                .load(withAuthors, LoadPlan.of(joined(POST_AUTHOR).loadOnly(blogUser.username))))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("joined(Post.author).loadOnly[username]: a top-level joined option reads the parents' own statement");
    }
}
