package dev.relkit.model.blog;

import java.time.LocalDateTime;

/**
 * A row of {@code comment}: the many side of {@link Post#getComments()} by {@code post_id}, with
 * the many-to-one {@link #getAuthor() author}, which is {@code null} for an anonymous comment.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a comment never loads or walks a
 * relationship.
 */
public class Comment {

    private Integer id;
    private Integer postId;
    private Integer authorId;
    private String body;
    private LocalDateTime createdAt;
    private Post post;
    private BlogUser author;

    public Comment() {
    }

    public Comment(String body, LocalDateTime createdAt) {
        this.body = body;
        this.createdAt = createdAt;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getPostId() {
        return postId;
    }

    public void setPostId(Integer postId) {
        this.postId = postId;
    }

    public Integer getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Integer authorId) {
        this.authorId = authorId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public Post getPost() {
        return post;
    }

    public void setPost(Post post) {
        this.post = post;
    }

    public BlogUser getAuthor() {
        return author;
    }

    public void setAuthor(BlogUser author) {
        this.author = author;
    }

    @Override
    public String toString() {
        return "Comment{id=" + id + ", postId=" + postId + ", authorId=" + authorId + ", body='"
                + body + "', createdAt=" + createdAt + "}";
    }
}
