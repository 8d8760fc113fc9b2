package dev.relkit.model.blog;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A row of {@code post}, in four relationships:
 * <ul>
 *   <li>many-to-one {@link #getAuthor() author} by {@code author_id}, the inverse of
 *       {@link BlogUser#getPosts()};</li>
 *   <li>one-to-many {@link #getComments() comments}, meant to be ordered by
 *       {@code comment.created_at};</li>
 *   <li>many-to-many {@link #getTags() tags} through the secondary table {@code post_tag}, held as
 *       a set (a post carries a tag once);</li>
 *   <li>one-to-many {@link #getRemarks() remarks} through the generic foreign key
 *       {@code remark.commentable_type = 'post'} / {@code remark.commentable_id}.</li>
 * </ul>
 * {@code updatedAt} is {@code null} until the post is edited.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a post never loads or walks a
 * relationship.
 */
public class Post {

    private Integer id;
    private Integer authorId;
    private String title;
    private String body;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    private BlogUser author;
    private List<Comment> comments = new ArrayList<>();
    private Set<Tag> tags = new LinkedHashSet<>();
    private List<Remark> remarks = new ArrayList<>();

    public Post() {
    }

    public Post(String title, String body, LocalDateTime createdAt) {
        this.title = title;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Integer authorId) {
        this.authorId = authorId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }

    public BlogUser getAuthor() {
        return author;
    }

    public void setAuthor(BlogUser author) {
        this.author = author;
    }

    public List<Remark> getRemarks() {
        return remarks;
    }

    public void setRemarks(List<Remark> remarks) {
        this.remarks = remarks;
    }

    public List<Comment> getComments() {
        return comments;
    }

    public void setComments(List<Comment> comments) {
        this.comments = comments;
    }

    public Set<Tag> getTags() {
        return tags;
    }

    public void setTags(Set<Tag> tags) {
        this.tags = tags;
    }

    @Override
    public String toString() {
        return "Post{id=" + id + ", authorId=" + authorId + ", title='" + title + "', createdAt="
                + createdAt + ", updatedAt=" + updatedAt + "}";
    }
}
