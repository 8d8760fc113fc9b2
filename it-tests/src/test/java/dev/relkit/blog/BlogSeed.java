package dev.relkit.blog;

import dev.relkit.model.blog.BlogUser;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The rows of {@code seed/blog.sql} as the object graphs a joined post query should build: posts
 * with author, comments (in created_at order, each with its author or null) and tags.
 */
final class BlogSeed {

    private BlogSeed() {
    }

    static BlogUser wendy() {
        return user(1, "wendy");
    }

    static BlogUser ed() {
        return user(2, "ed");
    }

    static BlogUser mary() {
        return user(3, "mary");
    }

    static Post post1() {
        Post post = post(1, wendy(), "Wendy's Blog Post", "This is a test", at(2024, 1, 10, 9, 0), null);
        post.getComments().addAll(List.of(
                comment(3, 1, null, "First!", at(2024, 1, 10, 9, 5)),
                comment(1, 1, ed(), "Nice first post!", at(2024, 1, 10, 11, 0)),
                comment(2, 1, wendy(), "Thanks, Ed.", at(2024, 1, 10, 12, 30))));
        post.getTags().addAll(List.of(tag(1, "firstpost", "firstpost"), tag(2, "wendy", "wendy")));
        return post;
    }

    static Post post2() {
        Post post = post(2, wendy(), "Wendy's Second Post", "Still testing, now with an edit.",
                at(2024, 2, 1, 12, 0), at(2024, 2, 3, 8, 30));
        post.getTags().add(tag(2, "wendy", "wendy"));
        return post;
    }

    static Post post3() {
        Post post = post(3, ed(), "Ed on Object-Relational Mapping", "Relationships are the hard part.",
                at(2024, 3, 5, 13, 0), null);
        post.getComments().addAll(List.of(
                comment(5, 3, mary(), "I disagree about lazy loading.", at(2024, 3, 5, 14, 0)),
                comment(4, 3, wendy(), "Great points.", at(2024, 3, 5, 15, 0))));
        post.getTags().addAll(List.of(tag(3, "ORM", "orm"), tag(4, "Python", "python")));
        return post;
    }

    /** Mary's draft: no comments, no tags. */
    static Post post4() {
        return post(4, mary(), "Mary's Draft", "Nothing to see yet.", at(2024, 4, 1, 18, 20), null);
    }

    private static BlogUser user(int id, String username) {
        BlogUser user = new BlogUser(username, username + "@example.com");
        user.setId(id);
        return user;
    }

    private static Post post(int id, BlogUser author, String title, String body, LocalDateTime createdAt,
                             LocalDateTime updatedAt) {
        Post post = new Post(title, body, createdAt);
        post.setId(id);
        post.setAuthorId(author.getId());
        post.setAuthor(author);
        post.setUpdatedAt(updatedAt);
        return post;
    }

    private static Comment comment(int id, int postId, BlogUser author, String body, LocalDateTime createdAt) {
        Comment comment = new Comment(body, createdAt);
        comment.setId(id);
        comment.setPostId(postId);
        comment.setAuthorId(author == null ? null : author.getId());
        comment.setAuthor(author);
        return comment;
    }

    private static Tag tag(int id, String name, String slug) {
        Tag tag = new Tag(name, slug);
        tag.setId(id);
        return tag;
    }

    private static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }
}
