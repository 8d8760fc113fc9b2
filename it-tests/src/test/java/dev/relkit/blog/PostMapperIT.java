package dev.relkit.blog;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Posts with author, comments (and their authors) and tags from ONE joined statement, in the XML
 * and the dynamic-SQL form: the comments x tags fan-out collapses to one Post per id, comments in
 * created_at order, tags without duplicates, anonymous comments with a null author, and a post
 * without comments or tags with empty collections.
 */
@RelkitTest
class PostMapperIT {

    @Test
    void xmlLoadsEveryPostGraphInOneStatement(PostMapper posts, StatementRecorder statements) {
        assertFullBlog(statements, posts::selectAllWithAuthorCommentsTags);
    }

    @Test
    void dynamicSqlLoadsEveryPostGraphInOneStatement(PostMapper posts, StatementRecorder statements) {
        assertFullBlog(statements, posts::selectAllWithAuthorCommentsTagsDynamic);
    }

    @Test
    void xmlLoadsOnePostGraphById(PostMapper posts, StatementRecorder statements) {
        Post post = statements.assertCount(1, () -> posts.selectWithAuthorCommentsTagsById(1));

        assertThat(post).usingRecursiveComparison().isEqualTo(BlogSeed.post1());
        assertThat(statements.assertCount(1, () -> posts.selectWithAuthorCommentsTagsById(99))).isNull();
    }

    @Test
    void xmlTagFilterKeepsEachMatchingPostsOtherTags(PostMapper posts, StatementRecorder statements) {
        List<Post> tagged = statements.assertCount(1, () -> posts.selectByTagSlug("wendy"));

        assertThat(tagged).usingRecursiveComparison().isEqualTo(List.of(BlogSeed.post1(), BlogSeed.post2()));
    }

    @Test
    void dynamicTagFilterKeepsEachMatchingPostsOtherTags(PostMapper posts, StatementRecorder statements) {
        List<Post> tagged = statements.assertCount(1, () -> posts.selectByTagSlugDynamic("wendy"));

        assertThat(tagged).usingRecursiveComparison().isEqualTo(List.of(BlogSeed.post1(), BlogSeed.post2()));
        assertThat(statements.assertCount(1, () -> posts.selectByTagSlugDynamic("python")))
                .extracting(Post::getId).containsExactly(3);
        assertThat(statements.assertCount(1, () -> posts.selectByTagSlugDynamic("databases"))).isEmpty();
    }

    private static void assertFullBlog(StatementRecorder statements, Supplier<List<Post>> query) {
        List<Post> all = statements.assertCount(1, query);

        assertThat(all).extracting(Post::getId).containsExactly(1, 2, 3, 4);
        assertThat(all).usingRecursiveComparison()
                .isEqualTo(List.of(BlogSeed.post1(), BlogSeed.post2(), BlogSeed.post3(), BlogSeed.post4()));

        Post first = all.get(0);
        // 3 comments x 2 tags = 6 joined rows collapse to 3 comments and 2 tags, in declared order
        assertThat(first.getComments()).extracting(Comment::getId).containsExactly(3, 1, 2);
        assertThat(first.getComments()).extracting(Comment::getAuthor).first().isNull();
        assertThat(first.getComments()).extracting(comment -> comment.getAuthor() == null ? null : comment.getAuthor().getUsername())
                .containsExactly(null, "ed", "wendy");
        assertThat(first.getTags()).extracting(Tag::getSlug).containsExactly("firstpost", "wendy");
        assertThat(all.get(2).getComments()).extracting(Comment::getId).containsExactly(5, 4);
        assertThat(all.get(3).getComments()).isEmpty();
        assertThat(all.get(3).getTags()).isEmpty();
        // relationships the statement does not map stay empty: no back-references, no cycles
        assertThat(first.getComments()).extracting(Comment::getPost).containsOnlyNulls();
        assertThat(first.getAuthor().getPosts()).isEmpty();
    }
}
