package dev.relkit.model.blog;

/**
 * A row of {@code remark}: a comment attached to a {@link Post} or a {@link Photo} through one pair of
 * columns, {@code commentable_type} ({@code 'post'}, {@code 'photo'}) and {@code commentable_id}, a
 * generic foreign key. {@link #getCommentable()} holds the post or photo it is on.
 *
 * <p>{@link #toString()} prints scalar columns only.
 */
public class Remark {

    private Integer id;
    private String commentableType;
    private Integer commentableId;
    private String body;
    private Object commentable;

    public Remark() {
    }

    public Remark(String body) {
        this.body = body;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getCommentableType() {
        return commentableType;
    }

    public void setCommentableType(String commentableType) {
        this.commentableType = commentableType;
    }

    public Integer getCommentableId() {
        return commentableId;
    }

    public void setCommentableId(Integer commentableId) {
        this.commentableId = commentableId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** The {@link Post} or {@link Photo} this remark is on. */
    public Object getCommentable() {
        return commentable;
    }

    public void setCommentable(Object commentable) {
        this.commentable = commentable;
    }

    @Override
    public String toString() {
        return "Remark{id=" + id + ", commentableType='" + commentableType + "', commentableId=" + commentableId
                + ", body='" + body + "'}";
    }
}
