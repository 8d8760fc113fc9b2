package dev.relkit.model.blog;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of {@code blog_user}: the one side of {@link #getPosts() posts} (by
 * {@code post.author_id}) and the target of {@link Post#getAuthor()} and
 * {@link Comment#getAuthor()}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a user never loads or walks a
 * relationship.
 */
public class BlogUser {

    private Integer id;
    private String username;
    private String email;
    private List<Post> posts = new ArrayList<>();

    public BlogUser() {
    }

    public BlogUser(String username, String email) {
        this.username = username;
        this.email = email;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public void setPosts(List<Post> posts) {
        this.posts = posts;
    }

    @Override
    public String toString() {
        return "BlogUser{id=" + id + ", username='" + username + "', email='" + email + "'}";
    }
}
