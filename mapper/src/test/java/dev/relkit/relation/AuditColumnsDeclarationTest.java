package dev.relkit.relation;

import dev.relkit.model.blog.Post;
import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.TAG;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditColumnsDeclarationTest {

    @Test
    void postDeclaresCreatedAtAndUpdatedAtAsItsAuditColumns() {
        assertThat(POST.auditColumns()).get().satisfies(audit -> {
            assertThat(audit.created().columnName()).isEqualTo("created_at");
            assertThat(audit.created().property()).isEqualTo("createdAt");
            assertThat(audit.updated().columnName()).isEqualTo("updated_at");
        });
        assertThat(TAG.auditColumns()).isEmpty();
    }

    @Test
    void anAuditColumnThatIsNotADeclaredAttributeIsRejectedNamingIt() {
        var builder = EntityType.builder(Post.class, post)
                .generatedId("id", post.id, Post::getId, Post::setId)
                .column("createdAt", post.createdAt, Post::getCreatedAt, Post::setCreatedAt)
                .auditColumns(post.createdAt, post.updatedAt);
        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Entity Post: audit column updated_at is not a declared attribute (declare it with column(...) first)");
    }
}
