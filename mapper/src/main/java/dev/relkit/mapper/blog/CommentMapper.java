package dev.relkit.mapper.blog;

/**
 * Comments. The XML publishes {@code commentColumns}, {@code commentResult} and
 * {@code commentWithAuthorResult} (a comment with its possibly null author) for post queries.
 */
public interface CommentMapper {

    String NAMESPACE = "dev.relkit.mapper.blog.CommentMapper";
}
