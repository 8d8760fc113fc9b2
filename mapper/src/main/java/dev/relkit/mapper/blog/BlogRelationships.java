package dev.relkit.mapper.blog;

import dev.relkit.model.blog.BlogUser;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Photo;
import dev.relkit.model.blog.Remark;
import dev.relkit.model.blog.Tag;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.GenericReference;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;
import java.util.stream.Stream;

import static dev.relkit.mapper.blog.BlogUserDynamicSqlSupport.blogUser;
import static dev.relkit.mapper.blog.CommentDynamicSqlSupport.comment;
import static dev.relkit.mapper.blog.PhotoDynamicSqlSupport.photo;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.mapper.blog.RemarkDynamicSqlSupport.remark;
import static dev.relkit.mapper.blog.PostTagDynamicSqlSupport.postTag;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;

/**
 * The blog domain's entities and relationships, declared once.
 *
 * <pre>
 * post.author_id     ──► blog_user.id   Post.author    ◄──► BlogUser.posts
 * comment.post_id    ──► post.id        Comment.post   ◄──► Post.comments (ordered by created_at)
 * comment.author_id  ──► blog_user.id   Comment.author (nullable: anonymous comments)
 * post ◄── post_tag ──► tag             Post.tags      ◄──► Tag.posts (many-to-many, sets)
 * remark.commentable_type/_id ──► post.id | photo.id
 *                                      Remark.commentable ◄──► Post.remarks, Photo.remarks (generic foreign key)
 * </pre>
 *
 * <p>{@code Post.author} and {@code Comment.author} both target {@code blog_user}; a post query
 * that joins both needs two aliases, so the comment's author has the role alias
 * {@code comment_author} (the post's keeps {@code author}).
 */
public final class BlogRelationships {

    public static final EntityType<BlogUser> BLOG_USER = EntityType.fromTable(BlogUser.class, blogUser)
            .generatedId(blogUser.id)
            .resultMap(BlogUserMapper.NAMESPACE + ".blogUserResult")
            .build();

    public static final EntityType<Post> POST = EntityType.fromTable(Post.class, post)
            .generatedId(post.id)
            .auditColumns(post.createdAt, post.updatedAt) // the unit of work stamps them on insert / update
            .resultMap(PostMapper.NAMESPACE + ".postResult")
            .build();

    public static final EntityType<Comment> COMMENT = EntityType.fromTable(Comment.class, comment)
            .generatedId(comment.id)
            .resultMap(CommentMapper.NAMESPACE + ".commentResult")
            .build();

    public static final EntityType<Tag> TAG = EntityType.fromTable(Tag.class, tag)
            .generatedId(tag.id)
            .resultMap(TagMapper.NAMESPACE + ".tagResult")
            .build();

    /** {@code Post.author}: many-to-one through {@code post.author_id} (NOT NULL: every post has one). */
    public static final RelationshipPair<Post, BlogUser> POST_AUTHOR_PAIR = Relationship.manyToOne("author", POST, BLOG_USER)
            .on(post.authorId, blogUser.id)
            .reference(Post::getAuthor, Post::setAuthor)
            .withInverse("posts", inverse -> inverse
                    .list(BlogUser::getPosts)
                    .orderBy(post.id))
            .build();
    public static final Relationship<Post, BlogUser> POST_AUTHOR = POST_AUTHOR_PAIR.relationship();
    /** {@code BlogUser.posts}: the inverse of {@link #POST_AUTHOR}, ordered by post id. */
    public static final Relationship<BlogUser, Post> USER_POSTS = POST_AUTHOR_PAIR.inverse();

    /** {@code Post.comments}: one-to-many through {@code comment.post_id}, oldest comment first. */
    public static final RelationshipPair<Post, Comment> POST_COMMENTS_PAIR = Relationship.oneToMany("comments", POST, COMMENT)
            .on(post.id, comment.postId)
            .list(Post::getComments, Post::setComments)
            .orderBy(comment.createdAt)
            .withInverse("post", inverse -> inverse.reference(Comment::getPost, Comment::setPost))
            .build();
    public static final Relationship<Post, Comment> POST_COMMENTS = POST_COMMENTS_PAIR.relationship();
    /** {@code Comment.post}: the inverse of {@link #POST_COMMENTS}. */
    public static final Relationship<Comment, Post> COMMENT_POST = POST_COMMENTS_PAIR.inverse();

    /** {@code Comment.author}: many-to-one through the nullable {@code comment.author_id}; no inverse. */
    public static final Relationship<Comment, BlogUser> COMMENT_AUTHOR = Relationship.manyToOne("author", COMMENT, BLOG_USER)
            .on(comment.authorId, blogUser.id)
            .reference(Comment::getAuthor, Comment::setAuthor)
            .roleAlias("comment_author")
            .build();

    /**
     * {@code Post.tags}: many-to-many through {@code post_tag}, held as a set. The schema deletes a
     * post's link rows with the post ({@code ON DELETE CASCADE}), so the unit of work leaves them to it.
     */
    public static final RelationshipPair<Post, Tag> POST_TAGS_PAIR = Relationship.manyToMany("tags", POST, TAG)
            .secondary(postTag)
            .on(post.id, postTag.postId)
            .secondaryOn(postTag.tagId, tag.id)
            .set(Post::getTags, Post::setTags)
            .orderBy(tag.slug)
            .passiveDeletes()
            .withInverse("posts", inverse -> inverse
                    .set(Tag::getPosts, Tag::setPosts)
                    .orderBy(post.id)
                    .passiveDeletes())
            .build();
    public static final Relationship<Post, Tag> POST_TAGS = POST_TAGS_PAIR.relationship();
    /** {@code Tag.posts}: the inverse of {@link #POST_TAGS}. */
    public static final Relationship<Tag, Post> TAG_POSTS = POST_TAGS_PAIR.inverse();

    public static final EntityType<Photo> PHOTO = EntityType.builder(Photo.class, photo)
            .generatedId("id", photo.id, Photo::getId, Photo::setId)
            .column("authorId", photo.authorId, Photo::getAuthorId, Photo::setAuthorId)
            .column("title", photo.title, Photo::getTitle, Photo::setTitle)
            .column("url", photo.url, Photo::getUrl, Photo::setUrl)
            .resultMap(PhotoMapper.NAMESPACE + ".photoResult")
            .build();

    public static final EntityType<Remark> REMARK = EntityType.builder(Remark.class, remark)
            .generatedId("id", remark.id, Remark::getId, Remark::setId)
            .column("commentableType", remark.commentableType, Remark::getCommentableType, Remark::setCommentableType)
            .column("commentableId", remark.commentableId, Remark::getCommentableId, Remark::setCommentableId)
            .column("body", remark.body, Remark::getBody, Remark::setBody)
            .resultMap(RemarkMapper.NAMESPACE + ".remarkResult")
            .build();

    /**
     * {@code Remark.commentable}: the generic foreign key {@code remark.commentable_type} /
     * {@code remark.commentable_id}, pointing at a post ({@code 'post'}) or a photo ({@code 'photo'}).
     * Its inverses are {@link #POST_REMARKS} and {@link #PHOTO_REMARKS}.
     */
    public static final GenericReference<Remark> COMMENTABLE = GenericReference.builder("commentable", REMARK)
            .columns(remark.commentableType, remark.commentableId)
            .reference(Remark::getCommentable, Remark::setCommentable)
            .type("post", POST, "remarks")
            .type("photo", PHOTO, "remarks")
            .build();

    /** {@code Post.remarks}: the remarks whose type is {@code 'post'}; they go with the post. */
    public static final Relationship<Post, Remark> POST_REMARKS = COMMENTABLE.inverse("remarks", POST)
            .list(Post::getRemarks, Post::setRemarks)
            .orderBy(remark.id)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
            .build();

    /** {@code Photo.remarks}: the remarks whose type is {@code 'photo'}; they go with the photo. */
    public static final Relationship<Photo, Remark> PHOTO_REMARKS = COMMENTABLE.inverse("remarks", PHOTO)
            .list(Photo::getRemarks, Photo::setRemarks)
            .orderBy(remark.id)
            .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
            .build();

    /** Every relationship of the blog domain (the generic reference as one relationship per type). */
    public static final List<Relationship<?, ?>> ALL = Stream.concat(Stream.of(
            POST_AUTHOR, USER_POSTS, POST_COMMENTS, COMMENT_POST, COMMENT_AUTHOR, POST_TAGS, TAG_POSTS,
            POST_REMARKS, PHOTO_REMARKS), COMMENTABLE.relationships().stream()).toList();

    private BlogRelationships() {
    }
}
