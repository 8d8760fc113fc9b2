package dev.relkit.mapper.blog;

import dev.relkit.model.blog.BlogUser;

/**
 * Blog users. The XML ({@code BlogUserMapper.xml}) publishes {@code blogUserColumns} and
 * {@code blogUserResult}, which post queries apply twice: for the post's author and for each
 * comment's author.
 */
public interface BlogUserMapper {

    String NAMESPACE = "dev.relkit.mapper.blog.BlogUserMapper";

    BlogUser selectById(int id);
}
