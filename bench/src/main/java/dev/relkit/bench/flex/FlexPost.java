package dev.relkit.bench.flex;

import com.mybatisflex.annotation.RelationManyToMany;
import com.mybatisflex.annotation.RelationManyToOne;
import com.mybatisflex.annotation.RelationOneToMany;
import com.mybatisflex.annotation.Table;
import dev.relkit.model.blog.BlogUser;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** relkit's {@link Post} as a MyBatis-Flex entity: author, comments and tags are Flex relation fields. */
@Table("post")
public class FlexPost extends Post {

    @RelationManyToOne(selfField = "authorId", targetField = "id")
    private BlogUser postAuthor;

    @RelationOneToMany(selfField = "id", targetField = "postId", orderBy = "created_at, id")
    private List<FlexComment> postComments = new ArrayList<>();

    @RelationManyToMany(selfField = "id", targetField = "id", joinTable = "post_tag",
            joinSelfColumn = "post_id", joinTargetColumn = "tag_id", orderBy = "slug, id")
    private Set<Tag> postTags = new LinkedHashSet<>();

    public BlogUser getPostAuthor() {
        return postAuthor;
    }

    public void setPostAuthor(BlogUser postAuthor) {
        this.postAuthor = postAuthor;
    }

    public List<FlexComment> getPostComments() {
        return postComments;
    }

    public void setPostComments(List<FlexComment> postComments) {
        this.postComments = postComments;
    }

    public Set<Tag> getPostTags() {
        return postTags;
    }

    public void setPostTags(Set<Tag> postTags) {
        this.postTags = postTags;
    }

    @Override
    public BlogUser getAuthor() {
        return postAuthor;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Comment> getComments() {
        return (List) postComments;
    }

    @Override
    public Set<Tag> getTags() {
        return postTags;
    }
}
