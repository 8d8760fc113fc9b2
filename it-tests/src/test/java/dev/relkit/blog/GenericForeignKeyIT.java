package dev.relkit.blog;

import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.blog.PhotoMapper;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.mapper.blog.RemarkMapper;
import dev.relkit.model.blog.Photo;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Remark;
import dev.relkit.model.blog.Tag;
import dev.relkit.session.RelkitSession;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENTABLE;
import static dev.relkit.mapper.blog.BlogRelationships.PHOTO;
import static dev.relkit.mapper.blog.BlogRelationships.PHOTO_REMARKS;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_REMARKS;
import static dev.relkit.mapper.blog.BlogRelationships.REMARK;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.relation.RelationshipPredicates.any;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * A generic foreign key ({@code GenericReference}): remarks on posts and on photos through
 * {@code remark.commentable_type} / {@code commentable_id}. Seed (blog.sql): remarks 1, 2 on post 1,
 * remark 3 on photo 1 (the same id as post 1), remarks 4, 5 on photo 2.
 */
@RelkitTest
class GenericForeignKeyIT {

    @Test
    void eachRemarksPostOrPhotoIsLoadedBySelectInWithOneStatementPerType(
            SqlSession session, RemarkMapper remarks, StatementRecorder statements) {
        List<Remark> loaded = remarks.selectAll();

        List<RecordedStatement> run = statements.record(() -> ReferenceCatalogue.loader(session).load(loaded,
                LoadPlan.of(selectIn(COMMENTABLE.to(POST)), selectIn(COMMENTABLE.to(PHOTO)))));

        assertThat(run).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, author_id, title, body, created_at, updated_at from post where id in (?) order by id",
                "select id, author_id, title, url from photo where id in (?,?) order by id");
        assertThat(loaded).extracting(remark -> remark.getCommentable().getClass().getSimpleName())
                .containsExactly("Post", "Post", "Photo", "Photo", "Photo");
        assertThat(((Post) loaded.get(0).getCommentable()).getTitle()).isEqualTo("Wendy's Blog Post");
        assertThat(((Photo) loaded.get(2).getCommentable()).getTitle()).isEqualTo("Sunrise"); // photo 1, not post 1
        assertSame(loaded.get(0).getCommentable(), loaded.get(1).getCommentable());
        assertSame(loaded.get(3).getCommentable(), loaded.get(4).getCommentable());
    }

    @Test
    void aPostsRemarksAreTheRemarksOfTypePostAndPointBackAtThatPost(
            SqlSession session, PostMapper posts, PhotoMapper photos, StatementRecorder statements) {
        List<Post> parents = posts.selectAll();
        List<Photo> pictures = photos.selectAll();

        List<RecordedStatement> run = statements.record(() -> {
            ReferenceCatalogue.loader(session).load(parents, LoadPlan.of(selectIn(POST_REMARKS)));
            ReferenceCatalogue.loader(session).load(pictures, LoadPlan.of(selectIn(PHOTO_REMARKS)));
        });

        assertThat(run).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, commentable_type, commentable_id, body from remark where commentable_id in (?,?,?,?)"
                        + " and commentable_type = ? order by id",
                "select id, commentable_type, commentable_id, body from remark where commentable_id in (?,?,?)"
                        + " and commentable_type = ? order by id");
        assertThat(parents.get(0).getRemarks()).extracting(Remark::getId).containsExactly(1, 2);
        assertThat(pictures).extracting(p -> p.getRemarks().stream().map(Remark::getId).toList())
                .containsExactly(List.of(3), List.of(4, 5), List.of());
        parents.get(0).getRemarks().forEach(remark -> assertSame(parents.get(0), remark.getCommentable()));
        assertSame(pictures.get(1), pictures.get(1).getRemarks().get(1).getCommentable());
    }

    @Test
    void anyOnAGenericInverseComparesTheTypeToo(SqlSession session, StatementRecorder statements) {
        RelkitSession unit = ReferenceCatalogue.session(session);
        List<RecordedStatement> run = new ArrayList<>();
        List<Post> withRemarks = new ArrayList<>();
        run.addAll(statements.record(() -> withRemarks.addAll(unit.query(POST, select(post.id, post.authorId, post.title,
                post.body, post.createdAt, post.updatedAt).from(post).where(any(POST_REMARKS)).orderBy(post.id)))));

        assertThat(withRemarks).extracting(Post::getId).containsExactly(1);
        assertThat(run.get(0).oneLineSql()).contains(
                "exists (select 1 from remark remarks_post where remarks_post.commentable_id = post.id"
                        + " and remarks_post.commentable_type = ?)");
    }

    @Test
    void theUnitOfWorkWritesTheTypeAndTheIdOfANewTarget(SqlSession session, StatementRecorder statements)
            throws SQLException {
        RelkitSession unit = ReferenceCatalogue.session(session);
        Photo photo = new Photo(2, "Lighthouse", "https://example.com/photos/lighthouse.jpg");
        Remark remark = new Remark("Tall!");
        remark.setCommentable(photo);
        unit.add(remark);

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "insert into photo (author_id, title, url) values (?, ?, ?)",
                "insert into remark (commentable_type, commentable_id, body) values (?, ?, ?)");
        assertThat(remark.getCommentableType()).isEqualTo("photo");
        assertThat(remark.getCommentableId()).isEqualTo(photo.getId());
        assertThat(row(session, "select commentable_type, commentable_id from remark where id = " + remark.getId()))
                .isEqualTo("photo " + photo.getId());
    }

    @Test
    void movingARemarkToAnotherTypeRewritesBothColumnsAndAddingToAnInverseSetsTheType(
            SqlSession session, StatementRecorder statements) throws SQLException {
        RelkitSession unit = ReferenceCatalogue.session(session);
        Remark first = unit.get(REMARK, 1);
        Photo empty = unit.get(PHOTO, 3);
        first.setCommentable(empty);
        Post draft = unit.load(POST, List.of(unit.get(POST, 4)), LoadPlan.of(selectIn(POST_REMARKS))).get(0);
        Remark added = new Remark("First remark on the draft");
        draft.getRemarks().add(added);

        unit.flush();

        assertThat(row(session, "select commentable_type, commentable_id from remark where id = 1")).isEqualTo("photo 3");
        assertThat(row(session, "select commentable_type, commentable_id from remark where id = " + added.getId()))
                .isEqualTo("post 4");
    }

    @Test
    void deletingAPhotoDeletesItsRemarksOnlyNotThoseOfThePostWithTheSameId(
            SqlSession session, StatementRecorder statements) throws SQLException {
        RelkitSession unit = ReferenceCatalogue.session(session);
        unit.delete(unit.get(PHOTO, 1));

        List<RecordedStatement> flushed = statements.record(unit::flush);

        assertThat(flushed).extracting(RecordedStatement::oneLineSql).containsExactly(
                "select id, commentable_type, commentable_id, body from remark where commentable_id in (?)"
                        + " and commentable_type = ? order by id",
                "delete from remark where id = ?",
                "delete from photo where id = ?");
        assertThat(row(session, "select group_concat(id order by id) from remark")).isEqualTo("1,2,4,5");
    }

    @Test
    void anUndeclaredTypeValueOrTargetClassIsAnErrorNamingTheReference(SqlSession session, RemarkMapper remarks)
            throws SQLException {
        try (Statement insert = session.getConnection().createStatement()) {
            insert.executeUpdate("insert into remark (id, commentable_type, commentable_id, body) values (6, 'video', 1, 'Nice')");
        }
        List<Remark> loaded = remarks.selectAll();
        assertThatThrownBy(() -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(selectIn(COMMENTABLE.to(POST)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Remark.commentable: Remark#6 has commentable_type 'video', which is not a declared type"
                        + " (declared: [post, photo])");

        RelkitSession unit = ReferenceCatalogue.session(session);
        Remark onATag = new Remark("Tags cannot be remarked on");
        onATag.setCommentable(new Tag());
        assertThatThrownBy(() -> unit.add(onATag)).isInstanceOf(IllegalStateException.class).hasMessage(
                "Remark.commentable holds a Tag, which is not one of its declared types [post, photo] ([Post, Photo])");
        assertThatThrownBy(() -> COMMENTABLE.to(dev.relkit.mapper.blog.BlogRelationships.TAG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Remark.commentable declares no type for Tag (declared: [post, photo])");
    }

    private static String row(SqlSession session, String sql) throws SQLException {
        try (Statement query = session.getConnection().createStatement(); ResultSet rows = query.executeQuery(sql)) {
            rows.next();
            StringBuilder line = new StringBuilder(rows.getString(1));
            for (int i = 2; i <= rows.getMetaData().getColumnCount(); i++) {
                line.append(' ').append(rows.getString(i));
            }
            return line.toString();
        }
    }
}
