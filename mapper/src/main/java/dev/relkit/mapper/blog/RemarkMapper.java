package dev.relkit.mapper.blog;

import dev.relkit.model.blog.Remark;

import java.util.List;

/**
 * Remarks, attached to posts and photos through the generic foreign key
 * {@code commentable_type} / {@code commentable_id}. The XML publishes {@code remarkResult}.
 */
public interface RemarkMapper {

    String NAMESPACE = "dev.relkit.mapper.blog.RemarkMapper";

    /** Every remark, by id, without what it is on (load {@code Remark.commentable} per type with relkit). */
    List<Remark> selectAll();
}
