package dev.relkit.bench.flex;

import com.mybatisflex.annotation.RelationManyToOne;
import com.mybatisflex.annotation.Table;
import dev.relkit.model.blog.BlogUser;
import dev.relkit.model.blog.Comment;

/** relkit's {@link Comment} as a MyBatis-Flex entity, its author (null when anonymous) a Flex relation. */
@Table("comment")
public class FlexComment extends Comment {

    @RelationManyToOne(selfField = "authorId", targetField = "id")
    private BlogUser commentAuthor;

    public BlogUser getCommentAuthor() {
        return commentAuthor;
    }

    public void setCommentAuthor(BlogUser commentAuthor) {
        this.commentAuthor = commentAuthor;
    }

    @Override
    public BlogUser getAuthor() {
        return commentAuthor;
    }
}
