package dev.relkit.demo.tour;

import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A blog: posts with their author, comments (oldest first, each with its possibly anonymous author)
 * and tags (many-to-many through {@code post_tag}), loaded in one joined statement whose
 * comments x tags fan-out the resultMap collapses.
 */
final class BlogTour implements TourSection {

    @Override
    public String title() {
        return "A blog: posts with author, ordered comments and tags in one statement";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/blog.sql");

        List<Post> xml = tour.scenario("Every post with author, comments and tags (XML mapper, one joined statement)",
                session -> session.getMapper(PostMapper.class).selectAllWithAuthorCommentsTags());
        xml.forEach(post -> tour.show(describe(post)));

        List<Post> dynamic = tour.scenario(
                "The same graph from dynamic SQL: joins, link table and comment order taken from BlogRelationships",
                session -> session.getMapper(PostMapper.class).selectAllWithAuthorCommentsTagsDynamic());
        tour.show(dynamic.size() + " posts; first post's comments in created_at order: "
                + dynamic.get(0).getComments().stream().map(Comment::getId).toList());

        List<Post> tagged = tour.scenario("Posts tagged 'wendy': Post.tags.any(slug = 'wendy'), EXISTS through post_tag",
                session -> session.getMapper(PostMapper.class).selectByTagSlugDynamic("wendy"));
        tagged.forEach(post -> tour.show(post.getTitle() + " - all tags kept: " + slugs(post)));
    }

    private static String describe(Post post) {
        String comments = post.getComments().stream()
                .map(comment -> "'" + comment.getBody() + "' by "
                        + (comment.getAuthor() == null ? "anonymous" : comment.getAuthor().getUsername()))
                .collect(Collectors.joining(", ", "[", "]"));
        return "#" + post.getId() + " '" + post.getTitle() + "' by " + post.getAuthor().getUsername()
                + "; comments " + comments + "; tags " + slugs(post);
    }

    private static List<String> slugs(Post post) {
        return post.getTags().stream().map(Tag::getSlug).toList();
    }
}
