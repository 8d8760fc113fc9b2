package dev.relkit.model.blog;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A row of {@code tag}: the other end of the many-to-many {@link Post#getTags()}
 * ({@link #getPosts() posts}), through {@code post_tag}. {@code slug} is unique.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a tag never loads or walks a
 * relationship.
 */
public class Tag {

    private Integer id;
    private String name;
    private String slug;
    private Set<Post> posts = new LinkedHashSet<>();

    public Tag() {
    }

    public Tag(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Set<Post> getPosts() {
        return posts;
    }

    public void setPosts(Set<Post> posts) {
        this.posts = posts;
    }

    @Override
    public String toString() {
        return "Tag{id=" + id + ", name='" + name + "', slug='" + slug + "'}";
    }
}
