package dev.relkit.mapper.blog;

import dev.relkit.mapper.blog.BlogUserDynamicSqlSupport.BlogUserTable;
import dev.relkit.mapper.blog.CommentDynamicSqlSupport.CommentTable;
import dev.relkit.mapper.blog.PostTagDynamicSqlSupport.PostTagTable;
import dev.relkit.mapper.blog.TagDynamicSqlSupport.TagTable;
import dev.relkit.model.blog.Post;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipOrder;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.blog.BlogRelationships.COMMENT_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.BlogUserDynamicSqlSupport.blogUser;
import static dev.relkit.mapper.blog.CommentDynamicSqlSupport.comment;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.mapper.blog.PostTagDynamicSqlSupport.postTag;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;
import static dev.relkit.relation.RelationshipPredicates.any;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Posts with their author, their comments (oldest first, each with its author) and their tags, from
 * one joined statement whose fan-out (comments x tags) the XML resultMap
 * {@code postWithAuthorCommentsTagsResult} collapses.
 *
 * <p>Each query exists as an XML statement ({@code PostMapper.xml}) and as a mybatis-dynamic-sql
 * default method whose joins, {@code EXISTS} and collection order come from {@link BlogRelationships}.
 */
public interface PostMapper {

    String NAMESPACE = "dev.relkit.mapper.blog.PostMapper";

    /** The post's author ({@code Post.author}) in joined queries. */
    BlogUserTable author = blogUser.withAlias(POST_AUTHOR.roleAlias());
    /** The post's comments ({@code Post.comments}). */
    CommentTable comments = comment.withAlias(POST_COMMENTS.roleAlias());
    /** Each comment's author ({@code Comment.author}). */
    BlogUserTable commentAuthor = blogUser.withAlias(COMMENT_AUTHOR.roleAlias());
    /** The link table of {@code Post.tags}. */
    PostTagTable tagsLink = postTag.withAlias(POST_TAGS.linkAlias());
    /** The post's tags ({@code Post.tags}). */
    TagTable tags = tag.withAlias(POST_TAGS.roleAlias());

    /** Post columns, then author, comment, comment-author and tag columns under the resultMap's prefixes. */
    BasicColumn[] postWithAuthorCommentsTagsSelectList = {
            post.id, post.authorId, post.title, post.body, post.createdAt, post.updatedAt,
            author.id.as("a_id"), author.username.as("a_username"), author.email.as("a_email"),
            comments.id.as("c_id"), comments.postId.as("c_post_id"), comments.authorId.as("c_author_id"),
            comments.body.as("c_body"), comments.createdAt.as("c_created_at"),
            commentAuthor.id.as("c_a_id"), commentAuthor.username.as("c_a_username"),
            commentAuthor.email.as("c_a_email"),
            tags.id.as("t_id"), tags.name.as("t_name"), tags.slug.as("t_slug")};

    /** Post columns, then the author's under the prefix {@code a_} of {@code postWithAuthorResult}. */
    BasicColumn[] postWithAuthorSelectList = {
            post.id, post.authorId, post.title, post.body, post.createdAt, post.updatedAt,
            author.id.as("a_id"), author.username.as("a_username"), author.email.as("a_email")};

    // ---- XML statements (PostMapper.xml) ----

    /** Every post, own columns only (no relationships), by id; one statement. */
    List<Post> selectAll();

    /** Every post with its author ({@code Post.author}) and nothing else, by id; one statement. */
    List<Post> selectAllWithAuthor();

    /** Every post with author, comments (and their authors) and tags; one statement. */
    List<Post> selectAllWithAuthorCommentsTags();

    /** One post with author, comments and tags, or null; one statement. */
    Post selectWithAuthorCommentsTagsById(int id);

    /** Posts tagged with this slug ({@code Post.tags.any(slug)}), each with all its tags; one statement. */
    List<Post> selectByTagSlug(String slug);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("postWithAuthorCommentsTagsResult")
    List<Post> selectManyWithAuthorCommentsTags(SelectStatementProvider selectStatement);

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("postWithAuthorResult")
    List<Post> selectManyWithAuthor(SelectStatementProvider selectStatement);

    /** {@link #selectAllWithAuthor} built from the relationship declarations. */
    default List<Post> selectAllWithAuthorDynamic() {
        return selectManyWithAuthor(selectAllWithAuthorStatement());
    }

    /** The rendered statement of {@link #selectAllWithAuthorDynamic}. */
    static SelectStatementProvider selectAllWithAuthorStatement() {
        return RelationshipJoins.on(select(postWithAuthorSelectList).from(post).join(author), POST_AUTHOR, post, author)
                .orderBy(post.id)
                .build()
                .render(MYBATIS3);
    }

    /** {@link #selectAllWithAuthorCommentsTags} built from the relationship declarations. */
    default List<Post> selectAllWithAuthorCommentsTagsDynamic() {
        return selectManyWithAuthorCommentsTags(selectAllWithAuthorCommentsTagsStatement());
    }

    /** {@link #selectByTagSlug} built from the relationship declarations. */
    default List<Post> selectByTagSlugDynamic(String slug) {
        return selectManyWithAuthorCommentsTags(selectByTagSlugStatement(slug));
    }

    /** The rendered statement of {@link #selectAllWithAuthorCommentsTagsDynamic}. */
    static SelectStatementProvider selectAllWithAuthorCommentsTagsStatement() {
        return joinAuthorCommentsTags()
                .orderBy(RelationshipOrder.after(post.id, POST_COMMENTS, POST_TAGS))
                .build()
                .render(MYBATIS3);
    }

    /** The rendered statement of {@link #selectByTagSlugDynamic}. */
    static SelectStatementProvider selectByTagSlugStatement(String slug) {
        return joinAuthorCommentsTags()
                .where(any(POST_TAGS, tag.slug, isEqualTo(slug)))
                .orderBy(RelationshipOrder.after(post.id, POST_COMMENTS, POST_TAGS))
                .build()
                .render(MYBATIS3);
    }

    /** {@code post} joined to author, comments, comment authors and (through the link table) tags. */
    private static QueryExpressionDSL<SelectModel>.JoinSpecificationFinisher joinAuthorCommentsTags() {
        var withAuthor = RelationshipJoins.on(
                select(postWithAuthorCommentsTagsSelectList).from(post).join(author), POST_AUTHOR, post, author);
        var withComments = RelationshipJoins.on(withAuthor.leftJoin(comments), POST_COMMENTS, post, comments);
        var withCommentAuthors = RelationshipJoins.on(
                withComments.leftJoin(commentAuthor), COMMENT_AUTHOR, comments, commentAuthor);
        var withTagLinks = RelationshipJoins.onLink(withCommentAuthors.leftJoin(tagsLink), POST_TAGS, post, tagsLink);
        return RelationshipJoins.onTarget(withTagLinks.leftJoin(tags), POST_TAGS, tagsLink, tags);
    }
}
