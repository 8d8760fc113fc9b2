package dev.relkit.relation;

import dev.relkit.mapper.blog.BlogRelationships;
import dev.relkit.mapper.order.OrderRelationships;
import dev.relkit.mapper.school.SchoolRelationships;
import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.blog.CommentDynamicSqlSupport.comment;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/** A relationship's declared order, qualified with the alias its target is joined under. */
class RelationshipOrderTest {

    @Test
    void declaredOrderIsQualifiedWithTheRoleAliasAndEndsWithTheTargetKey() {
        assertThat(RelationshipOrder.sql(BlogRelationships.POST_COMMENTS)).isEqualTo("comments.created_at, comments.id");
        assertThat(RelationshipOrder.sql(SchoolRelationships.STUDENT_ENROLLMENTS))
                .isEqualTo("enrollments.enrollment_date, enrollments.course_id, enrollments.student_id");
    }

    @Test
    void keyColumnsAlreadyInTheDeclaredOrderAreNotRepeated() {
        assertThat(RelationshipOrder.sql(OrderRelationships.ORDER_ITEMS)).isEqualTo("order_items.id");
    }

    @Test
    void descendingDeclarationsStayDescending() {
        Relationship<?, ?> newestFirst = Relationship.oneToMany("comments", BlogRelationships.POST, BlogRelationships.COMMENT)
                .on(post.id, comment.postId)
                .list(dev.relkit.model.blog.Post::getComments)
                .orderBy(comment.createdAt.descending())
                .build();

        assertThat(RelationshipOrder.sql(newestFirst)).isEqualTo("comments.created_at DESC, comments.id");
        assertThat(select(post.id).from(post).orderBy(RelationshipOrder.of(newestFirst, "c"))
                .build().render(MYBATIS3).getSelectStatement())
                .isEqualTo("select id from post order by c.created_at DESC, c.id");
    }

    @Test
    void linkAliasIsOnlyForManyToMany() {
        assertThat(BlogRelationships.POST_TAGS.linkAlias()).isEqualTo("tags_link");
        assertThatThrownBy(BlogRelationships.POST_COMMENTS::linkAlias)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Post.comments");
    }
}
