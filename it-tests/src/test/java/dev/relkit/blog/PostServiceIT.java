package dev.relkit.blog;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.LoadState;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Remark;
import dev.relkit.service.blog.PostService;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_REMARKS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.CommentDynamicSqlSupport.comment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Loading configured once at service level: {@link PostService#DEFAULT_LOAD} applies to every read
 * (the blog's 4-statement plan), and a call's options replace the default's for their relationships.
 */
@RelkitTest
class PostServiceIT {

    @Test
    void everyReadAppliesTheServicesDefaultPlanInFourStatements(SqlSession session, StatementRecorder statements) {
        PostService service = new PostService(ReferenceCatalogue.loader(session));

        List<Post> posts = statements.assertCount(4, () -> service.list());

        Post first = posts.get(0);
        assertThat(first.getAuthor().getUsername()).isEqualTo("wendy");
        assertThat(first.getComments()).extracting(c -> c.getAuthor() == null ? "anonymous" : c.getAuthor().getUsername())
                .containsExactly("anonymous", "ed", "wendy");
        assertThat(first.getTags()).hasSize(2);
        assertSame(first.getAuthor(), posts.get(1).getAuthor());
        assertSame(first.getAuthor(), first.getComments().get(2).getAuthor()); // one identity map for the whole read
    }

    @Test
    void aCallsOptionsReplaceTheDefaultsForTheirRelationshipsAndAddTheirOwn(SqlSession session, StatementRecorder statements) {
        PostService service = new PostService(ReferenceCatalogue.loader(session));

        List<Post> wendys = statements.assertCount(4, () -> service.byAuthor(1, LoadPlan.of(
                noLoad(POST_TAGS), selectIn(POST_COMMENTS).loadOnly(comment.body), selectIn(POST_REMARKS))));

        Post first = wendys.get(0);
        assertThat(wendys).extracting(Post::getId).containsExactly(1, 2);
        assertThat(first.getTags()).isEmpty();
        assertThat(LoadState.isUnloaded(first.getTags())).isFalse();
        assertThat(first.getComments()).extracting(c -> c.getAuthorId()).containsOnlyNulls(); // the call's loadOnly
        assertThat(first.getRemarks()).extracting(Remark::getId).containsExactly(1, 2);
        assertSame(first, first.getRemarks().get(0).getCommentable());
        assertThat(service.get(4, LoadPlan.of()).orElseThrow().getTitle()).isEqualTo("Mary's Draft");
    }

    @Test
    void overridingKeepsTheDefaultsOrderAndAppendsNewRelationships() {
        LoadPlan merged = PostService.DEFAULT_LOAD.overriddenBy(LoadPlan.of(selectIn(POST_REMARKS), noLoad(POST_TAGS)));

        assertThat(merged.options()).extracting(load -> load.relationship().name() + ":" + load.strategy())
                .containsExactly("author:SELECT_IN", "comments:SELECT_IN", "tags:NOLOAD", "remarks:SELECT_IN");
        assertThat(PostService.DEFAULT_LOAD.options()).hasSize(3);
    }
}
