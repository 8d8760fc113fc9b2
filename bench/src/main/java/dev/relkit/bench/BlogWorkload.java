package dev.relkit.bench;

import dev.relkit.mapper.ReferenceCatalogue;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENT_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.selectIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

import com.mybatisflex.core.query.QueryWrapper;
import dev.relkit.bench.flex.FlexPost;
import dev.relkit.bench.flex.FlexPostMapper;
import dev.relkit.bench.mybatis.NestedSelectMapper;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.model.blog.BlogUser;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.hibernate.Session;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.util.Buildable;

/** W3: 200 blog posts with their author, comments (each with its author, if any) and tags. */
public final class BlogWorkload {

    static final String JDBC_SQL = """
            SELECT post.id, post.author_id, post.title, post.body, post.created_at, post.updated_at,
                   author.id, author.username, author.email,
                   comments.id, comments.post_id, comments.author_id, comments.body, comments.created_at,
                   comment_author.id, comment_author.username, comment_author.email,
                   tags.id, tags.name, tags.slug
            FROM post
            JOIN blog_user author ON author.id = post.author_id
            LEFT JOIN comment comments ON comments.post_id = post.id
            LEFT JOIN blog_user comment_author ON comment_author.id = comments.author_id
            LEFT JOIN post_tag tags_link ON tags_link.post_id = post.id
            LEFT JOIN tag tags ON tags.id = tags_link.tag_id
            ORDER BY post.id, comments.created_at, comments.id, tags.slug, tags.id""";

    public static final Workload<List<Post>> WORKLOAD = new Workload<>("W3",
            "200 posts with author, comments (with authors) and tags", BlogBenchmark.class, contenders(),
            BlogWorkload::snapshot, BlogWorkload::touch);

    private BlogWorkload() {
    }

    private static Map<String, Contender<List<Post>>> contenders() {
        Map<String, Contender<List<Post>>> contenders = new LinkedHashMap<>();
        contenders.put("jdbc", BlogWorkload::jdbc);
        contenders.put("jdbcSelectIn", BlogWorkload::jdbcSelectIn);
        contenders.put("relkitJoined", BlogWorkload::relkitJoined);
        contenders.put("mybatisJoined", BlogWorkload::mybatisJoined);
        contenders.put("relkitSelectIn", BlogWorkload::relkitSelectIn);
        contenders.put("relkitLazy", BlogWorkload::relkitLazy);
        contenders.put("mybatisNestedSelect", BlogWorkload::mybatisNestedSelect);
        contenders.put("hibernateJoinFetch", BlogWorkload::hibernateJoinFetch);
        contenders.put("hibernateBatch", BlogWorkload::hibernateBatch);
        contenders.put("flexRelations", BlogWorkload::flexRelations);
        return contenders;
    }

    /**
     * The limit: the same one join as {@code PostMapper.selectAllWithAuthorCommentsTags} (its rows fan
     * out to comments x tags per post), grouped by hand; one {@code BlogUser} per user id.
     */
    static Object jdbc(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        try (Connection connection = environment.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(JDBC_SQL);
                ResultSet rows = statement.executeQuery()) {
            List<Post> posts = new ArrayList<>();
            Map<Integer, BlogUser> users = new HashMap<>();
            Post current = null;
            Set<Integer> commentIds = new HashSet<>();
            Map<Integer, Tag> tags = new HashMap<>();
            while (rows.next()) {
                int postId = rows.getInt(1);
                if (current == null || current.getId() != postId) {
                    current = new Post();
                    current.setId(postId);
                    current.setAuthorId(rows.getInt(2));
                    current.setTitle(rows.getString(3));
                    current.setBody(rows.getString(4));
                    current.setCreatedAt(rows.getObject(5, LocalDateTime.class));
                    current.setUpdatedAt(rows.getObject(6, LocalDateTime.class));
                    current.setAuthor(user(rows, 7, users));
                    posts.add(current);
                    commentIds.clear();
                    tags.clear();
                }
                Integer commentId = rows.getObject(10, Integer.class);
                if (commentId != null && commentIds.add(commentId)) {
                    Comment comment = new Comment();
                    comment.setId(commentId);
                    comment.setPostId(rows.getInt(11));
                    comment.setAuthorId(rows.getObject(12, Integer.class));
                    comment.setBody(rows.getString(13));
                    comment.setCreatedAt(rows.getObject(14, LocalDateTime.class));
                    comment.setAuthor(user(rows, 15, users));
                    current.getComments().add(comment);
                }
                Integer tagId = rows.getObject(18, Integer.class);
                if (tagId != null && !tags.containsKey(tagId)) {
                    Tag tag = new Tag();
                    tag.setId(tagId);
                    tag.setName(rows.getString(19));
                    tag.setSlug(rows.getString(20));
                    tags.put(tagId, tag);
                    current.getTags().add(tag);
                }
            }
            return use.apply(posts);
        } catch (SQLException e) {
            throw new IllegalStateException("W3 jdbc: " + e.getMessage(), e);
        }
    }

    private static BlogUser user(ResultSet rows, int firstColumn, Map<Integer, BlogUser> users) throws SQLException {
        Integer id = rows.getObject(firstColumn, Integer.class);
        if (id == null) {
            return null;
        }
        BlogUser user = users.get(id);
        if (user == null) {
            user = new BlogUser();
            user.setId(id);
            user.setUsername(rows.getString(firstColumn + 1));
            user.setEmail(rows.getString(firstColumn + 2));
            users.put(id, user);
        }
        return user;
    }

    /**
     * The other limit: hand-written select-in in four statements, grouped by hand: the posts; their
     * comments by {@code post_id IN}; the users who wrote the posts or the comments, one {@code id IN}
     * for both; the tags by {@code post_tag.post_id IN} joined to {@code tag}. One {@code BlogUser} per
     * user id and one {@code Tag} per tag id.
     */
    static Object jdbcSelectIn(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        try (Connection connection = environment.dataSource().getConnection()) {
            Map<Integer, Post> posts = new LinkedHashMap<>();
            JdbcSelectIn.query(connection, "SELECT id, author_id, title, body, created_at, updated_at FROM post ORDER BY id",
                    row -> {
                        Post post = new Post();
                        post.setId(row.getInt(1));
                        post.setAuthorId(row.getInt(2));
                        post.setTitle(row.getString(3));
                        post.setBody(row.getString(4));
                        post.setCreatedAt(row.getObject(5, LocalDateTime.class));
                        post.setUpdatedAt(row.getObject(6, LocalDateTime.class));
                        posts.put(post.getId(), post);
                    });
            List<Comment> comments = new ArrayList<>();
            JdbcSelectIn.select(connection, "SELECT id, post_id, author_id, body, created_at FROM comment WHERE post_id",
                    " ORDER BY created_at, id", posts.keySet(), row -> {
                        Comment comment = new Comment();
                        comment.setId(row.getInt(1));
                        comment.setPostId(row.getInt(2));
                        comment.setAuthorId(row.getObject(3, Integer.class));
                        comment.setBody(row.getString(4));
                        comment.setCreatedAt(row.getObject(5, LocalDateTime.class));
                        posts.get(comment.getPostId()).getComments().add(comment);
                        comments.add(comment);
                    });
            Map<Integer, BlogUser> users = new HashMap<>();
            posts.values().forEach(post -> users.put(post.getAuthorId(), null));
            comments.stream().filter(comment -> comment.getAuthorId() != null)
                    .forEach(comment -> users.put(comment.getAuthorId(), null));
            JdbcSelectIn.select(connection, "SELECT id, username, email FROM blog_user WHERE id", "",
                    new ArrayList<>(users.keySet()), row -> {
                        BlogUser user = new BlogUser();
                        user.setId(row.getInt(1));
                        user.setUsername(row.getString(2));
                        user.setEmail(row.getString(3));
                        users.put(user.getId(), user);
                    });
            posts.values().forEach(post -> post.setAuthor(users.get(post.getAuthorId())));
            comments.stream().filter(comment -> comment.getAuthorId() != null)
                    .forEach(comment -> comment.setAuthor(users.get(comment.getAuthorId())));
            Map<Integer, Tag> tags = new HashMap<>();
            JdbcSelectIn.select(connection, """
                    SELECT post_tag.post_id, tag.id, tag.name, tag.slug
                    FROM post_tag JOIN tag ON tag.id = post_tag.tag_id
                    WHERE post_tag.post_id""", " ORDER BY tag.slug, tag.id", posts.keySet(), row -> {
                        Tag tag = tags.get(row.getInt(2));
                        if (tag == null) {
                            tag = new Tag();
                            tag.setId(row.getInt(2));
                            tag.setName(row.getString(3));
                            tag.setSlug(row.getString(4));
                            tags.put(tag.getId(), tag);
                        }
                        posts.get(row.getInt(1)).getTags().add(tag);
                    });
            return use.apply(new ArrayList<>(posts.values()));
        } catch (SQLException e) {
            throw new IllegalStateException("W3 jdbcSelectIn: " + e.getMessage(), e);
        }
    }

    /** relkit joined: the XML statement {@code PostMapper.selectAllWithAuthorCommentsTags}. */
    static Object relkitJoined(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        return joined(environment.sessionFactory(), use);
    }

    /** The same statement as {@link #relkitJoined}, its rows mapped by MyBatis itself (relkit's compiled resultMaps off). */
    static Object mybatisJoined(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        return joined(environment.mybatisMappedSessionFactory(), use);
    }

    private static Object joined(SqlSessionFactory sessions, Function<? super List<Post>, ?> use) {
        try (SqlSession session = sessions.openSession(true)) {
            return use.apply(session.getMapper(PostMapper.class).selectAllWithAuthorCommentsTags());
        }
    }

    /** relkit select-in: posts, authors, comments, the comments' authors and tags, one statement each. */
    static Object relkitSelectIn(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(ReferenceCatalogue.loader(session).query(POST, allPosts(), LoadPlan.of(
                    selectIn(POST_AUTHOR), selectIn(POST_COMMENTS).selectIn(COMMENT_AUTHOR), selectIn(POST_TAGS))));
        }
    }

    /** relkit lazy on every relationship; {@code use} touches all of them. */
    static Object relkitLazy(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(ReferenceCatalogue.loader(session).query(POST, allPosts(), LoadPlan.of(
                    lazy(POST_AUTHOR), lazy(POST_COMMENTS).lazy(COMMENT_AUTHOR), lazy(POST_TAGS))));
        }
    }

    /** Plain MyBatis nested selects: per post its author, comments (each comment's author) and tags. */
    static Object mybatisNestedSelect(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        try (SqlSession session = environment.sessionFactory().openSession(true)) {
            return use.apply(session.getMapper(NestedSelectMapper.class).selectAllPosts());
        }
    }

    /**
     * Hibernate 7: posts fetch-joined to author, comments and the comments' authors, then a second
     * query fetch-joining the tags into the same posts (read-only session). Two queries because fetching
     * the list of comments and the set of tags in one join would repeat each comment per tag.
     */
    static Object hibernateJoinFetch(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        try (Session session = environment.hibernate().openSession()) {
            session.setDefaultReadOnly(true);
            List<Post> posts = session.createSelectionQuery("""
                    select p from Post p
                    join fetch p.author
                    left join fetch p.comments c
                    left join fetch c.author
                    order by p.id""", Post.class).getResultList();
            session.createSelectionQuery("select p from Post p left join fetch p.tags where p in :posts", Post.class)
                    .setParameter("posts", posts)
                    .getResultList();
            return use.apply(posts);
        }
    }

    /** Hibernate 7: the posts, then authors, comments, their authors and tags batch-fetched on touch. */
    static Object hibernateBatch(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        try (Session session = environment.hibernate().openSession()) {
            session.setDefaultReadOnly(true);
            return use.apply(session.createSelectionQuery("select p from Post p order by p.id", Post.class)
                    .getResultList());
        }
    }

    /** MyBatis-Flex: the posts, then author, comments (their authors) and tags by Flex's relation loading. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object flexRelations(BenchEnvironment environment, Function<? super List<Post>, ?> use) {
        List<FlexPost> posts = environment.flex().getMapper(FlexPostMapper.class)
                .selectListWithRelationsByQuery(QueryWrapper.create().orderBy("id", true));
        List<Post> graph = (List) posts;
        return use.apply(graph);
    }

    private static Buildable<SelectModel> allPosts() {
        return select(post.id, post.authorId, post.title, post.body, post.createdAt, post.updatedAt)
                .from(post)
                .orderBy(post.id);
    }

    /**
     * A post as values. {@code tags} is a {@code Set} as {@code Post.tags} is, so its order is not
     * compared: MyBatis hands a nested select's rows for a {@code Set} property to a {@code HashSet}.
     */
    record PostValues(Integer id, Integer authorId, String title, String body, LocalDateTime createdAt,
            LocalDateTime updatedAt, UserValues author, List<CommentValues> comments, Set<TagValues> tags) {
    }

    record CommentValues(Integer id, Integer postId, Integer authorId, String body, LocalDateTime createdAt,
            UserValues author) {
    }

    record UserValues(Integer id, String username, String email) {
    }

    record TagValues(Integer id, String name, String slug) {
    }

    static Object snapshot(List<Post> posts) {
        List<PostValues> values = new ArrayList<>(posts.size());
        for (Post loaded : posts) {
            List<CommentValues> comments = new ArrayList<>();
            for (Comment comment : loaded.getComments()) {
                comments.add(new CommentValues(comment.getId(), comment.getPostId(), comment.getAuthorId(),
                        comment.getBody(), comment.getCreatedAt(), userValues(comment.getAuthor())));
            }
            Set<TagValues> tags = new LinkedHashSet<>();
            for (Tag tag : loaded.getTags()) {
                tags.add(new TagValues(tag.getId(), tag.getName(), tag.getSlug()));
            }
            values.add(new PostValues(loaded.getId(), loaded.getAuthorId(), loaded.getTitle(), loaded.getBody(),
                    loaded.getCreatedAt(), loaded.getUpdatedAt(), userValues(loaded.getAuthor()), comments, tags));
        }
        return values;
    }

    private static UserValues userValues(BlogUser user) {
        return user == null ? null : new UserValues(user.getId(), user.getUsername(), user.getEmail());
    }

    static long touch(List<Post> posts) {
        long sum = 0;
        for (Post loaded : posts) {
            sum += loaded.getId() + loaded.getTitle().length() + loaded.getBody().length()
                    + loaded.getCreatedAt().getHour() + (loaded.getUpdatedAt() == null ? 0 : 1)
                    + touch(loaded.getAuthor());
            for (Comment comment : loaded.getComments()) {
                sum += comment.getId() + comment.getBody().length() + comment.getCreatedAt().getMinute()
                        + touch(comment.getAuthor());
            }
            for (Tag tag : loaded.getTags()) {
                sum += tag.getId() + tag.getName().length() + tag.getSlug().length();
            }
        }
        return sum;
    }

    private static long touch(BlogUser user) {
        return user == null ? 0 : user.getId() + user.getUsername().length() + user.getEmail().length();
    }
}
