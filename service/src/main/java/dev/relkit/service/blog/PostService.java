package dev.relkit.service.blog;

import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.model.blog.Post;
import org.mybatis.dynamic.sql.SqlCriterion;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENT_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static org.mybatis.dynamic.sql.SqlBuilder.group;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * The blog's post reads, with their load plan declared once ({@link #DEFAULT_LOAD}, Advanced Alchemy's
 * repository {@code load=[...]}): every read returns posts with author, comments (each with its
 * author) and tags, 4 statements whatever the number of posts, unless the call passes options of its
 * own, which replace the default's option for the same relationship ({@link LoadPlan#overriddenBy}).
 *
 * <pre>{@code
 * PostService posts = new PostService(ReferenceCatalogue.loader(session));
 * posts.list();                                             // the default plan
 * posts.list(LoadPlan.of(noLoad(POST_TAGS)));               // the default plan without the tags
 * posts.byAuthor(1, LoadPlan.of(selectIn(POST_REMARKS)));   // the default plan and the remarks
 * }</pre>
 *
 * <p>A service holds the loader of one {@code SqlSession} (or unit of work): make one per request.
 */
public final class PostService {

    /** What every read loads unless the call says otherwise: posts, authors, comments with their authors, tags. */
    public static final LoadPlan DEFAULT_LOAD = LoadPlan.of(
            selectIn(POST_AUTHOR), selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR), selectIn(POST_TAGS));

    private final RelationshipLoader loader;

    /** A service reading through {@code loader} (from {@code relkit.loader(session)} or a unit of work's). */
    public PostService(RelationshipLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /** Every post, by id, with {@link #DEFAULT_LOAD}. */
    public List<Post> list() {
        return list(LoadPlan.of());
    }

    /** Every post, by id, with {@link #DEFAULT_LOAD} overridden by {@code options}. */
    public List<Post> list(LoadPlan options) {
        return query(null, options);
    }

    /** The posts of one author, by id, with {@link #DEFAULT_LOAD} overridden by {@code options}. */
    public List<Post> byAuthor(int authorId, LoadPlan options) {
        return query(group(post.authorId, isEqualTo(authorId)), options);
    }

    /** One post with {@link #DEFAULT_LOAD} overridden by {@code options}; empty when there is none. */
    public Optional<Post> get(int id, LoadPlan options) {
        return query(group(post.id, isEqualTo(id)), options).stream().findFirst();
    }

    private List<Post> query(SqlCriterion criterion, LoadPlan options) {
        QueryExpressionDSL<SelectModel> from = select(post.id, post.authorId, post.title, post.body, post.createdAt,
                post.updatedAt).from(post);
        var query = criterion == null ? from.orderBy(post.id) : from.where(criterion).orderBy(post.id);
        return loader.query(POST, query, DEFAULT_LOAD.overriddenBy(options));
    }
}
