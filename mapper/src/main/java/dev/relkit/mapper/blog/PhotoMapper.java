package dev.relkit.mapper.blog;

import dev.relkit.model.blog.Photo;

import java.util.List;

/** Photos. The XML publishes {@code photoResult}, which relkit's loaders use for {@code Remark.commentable}. */
public interface PhotoMapper {

    String NAMESPACE = "dev.relkit.mapper.blog.PhotoMapper";

    /** Every photo, by id, without remarks. */
    List<Photo> selectAll();
}
