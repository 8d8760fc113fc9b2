package dev.relkit.model.blog;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code photo}: a second kind of thing remarks attach to, through the generic foreign key
 * {@code remark.commentable_type = 'photo'} / {@code remark.commentable_id} ({@link #getRemarks()}).
 *
 * <p>{@link #toString()} prints scalar columns only.
 */
public class Photo {

    private Integer id;
    private Integer authorId;
    private String title;
    private String url;
    private List<Remark> remarks = new ArrayList<>();

    public Photo() {
    }

    public Photo(Integer authorId, String title, String url) {
        this.authorId = authorId;
        this.title = title;
        this.url = url;
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

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<Remark> getRemarks() {
        return remarks;
    }

    public void setRemarks(List<Remark> remarks) {
        this.remarks = remarks;
    }

    @Override
    public String toString() {
        return "Photo{id=" + id + ", authorId=" + authorId + ", title='" + title + "', url='" + url + "'}";
    }
}
