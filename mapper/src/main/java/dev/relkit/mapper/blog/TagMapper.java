package dev.relkit.mapper.blog;

import dev.relkit.model.blog.Tag;

import java.util.List;

/** Tags. The XML publishes {@code tagColumns} and {@code tagResult} for {@code Post.tags} joins. */
public interface TagMapper {

    String NAMESPACE = "dev.relkit.mapper.blog.TagMapper";

    /** Every tag, by slug, without posts. */
    List<Tag> selectAll();
}
