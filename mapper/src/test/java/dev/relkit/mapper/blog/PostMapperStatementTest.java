package dev.relkit.mapper.blog;

import dev.relkit.mapper.XmlStatements;
import dev.relkit.relation.RelationshipOrder;
import org.junit.jupiter.api.Test;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static org.assertj.core.api.Assertions.assertThat;

/** The post mapper's dynamic-SQL statements as exact SQL, and the XML's order against the declarations. */
class PostMapperStatementTest {

    private static final String SELECT_AND_JOINS = "select post.id, post.author_id, post.title, post.body,"
            + " post.created_at, post.updated_at,"
            + " author.id as a_id, author.username as a_username, author.email as a_email,"
            + " comments.id as c_id, comments.post_id as c_post_id, comments.author_id as c_author_id,"
            + " comments.body as c_body, comments.created_at as c_created_at,"
            + " comment_author.id as c_a_id, comment_author.username as c_a_username,"
            + " comment_author.email as c_a_email,"
            + " tags.id as t_id, tags.name as t_name, tags.slug as t_slug"
            + " from post join blog_user author on author.id = post.author_id"
            + " left join comment comments on comments.post_id = post.id"
            + " left join blog_user comment_author on comment_author.id = comments.author_id"
            + " left join post_tag tags_link on tags_link.post_id = post.id"
            + " left join tag tags on tags.id = tags_link.tag_id";

    private static final String ORDER = " order by id, comments.created_at, comments.id, tags.slug, tags.id";

    @Test
    void allPostsJoinAuthorCommentsAndTagsThroughTheLinkTableInDeclaredOrder() {
        SelectStatementProvider statement = PostMapper.selectAllWithAuthorCommentsTagsStatement();

        assertThat(statement.getSelectStatement()).isEqualTo(SELECT_AND_JOINS + ORDER);
        assertThat(statement.getParameters()).isEmpty();
    }

    @Test
    void tagFilterIsACorrelatedExistsThroughTheLinkTable() {
        SelectStatementProvider statement = PostMapper.selectByTagSlugStatement("wendy");

        assertThat(statement.getSelectStatement()).isEqualTo(SELECT_AND_JOINS
                + " where exists (select 1 from post_tag tags_link join tag tags on tags.id = tags_link.tag_id"
                + " where tags_link.post_id = post.id and tags.slug = #{parameters.p1,jdbcType=VARCHAR})"
                + ORDER);
        assertThat(statement.getParameters()).containsEntry("p1", "wendy");
    }

    @Test
    void xmlOrderByFollowsTheDeclaredCollectionOrders() {
        String xmlSql = XmlStatements.sql(PostMapper.NAMESPACE, "selectAllWithAuthorCommentsTags");

        assertThat(RelationshipOrder.sql(POST_COMMENTS)).isEqualTo("comments.created_at, comments.id");
        assertThat(RelationshipOrder.sql(POST_TAGS)).isEqualTo("tags.slug, tags.id");
        assertThat(xmlSql).endsWith("ORDER BY post.id, " + RelationshipOrder.sql(POST_COMMENTS)
                + ", " + RelationshipOrder.sql(POST_TAGS));
    }

    @Test
    void postsWithAuthorJoinOnlyTheAuthorFromTheDeclaration() {
        SelectStatementProvider statement = PostMapper.selectAllWithAuthorStatement();

        assertThat(statement.getSelectStatement()).isEqualTo("select post.id, post.author_id, post.title, post.body,"
                + " post.created_at, post.updated_at,"
                + " author.id as a_id, author.username as a_username, author.email as a_email"
                + " from post join blog_user author on author.id = post.author_id order by id");
        assertThat(statement.getParameters()).isEmpty();
    }
}
