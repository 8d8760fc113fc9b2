package dev.relkit.mapper;

import dev.relkit.mapper.blog.BlogRelationships;
import dev.relkit.mapper.library.LibraryRelationships;
import dev.relkit.mapper.order.OrderRelationships;
import dev.relkit.mapper.school.SchoolRelationships;
import dev.relkit.model.school.Enrollment;
import dev.relkit.relation.EntityKey;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.RelationshipJoins;
import dev.relkit.relation.RelationshipKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.CommentDynamicSqlSupport.comment;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;
import static dev.relkit.mapper.school.SchoolRelationships.COURSE_STUDENTS;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT_COURSES;
import static dev.relkit.mapper.school.StudentDynamicSqlSupport.student;
import static dev.relkit.relation.RelationshipPredicates.has;
import static dev.relkit.relation.RelationshipPredicates.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * The school, order, library and blog declarations: their inverses pair up, many-to-many sides
 * know their link tables, and misuse fails naming the relationship.
 */
class AssociationRelationshipsTest {

    @Test
    void everyDomainsInversesPairUp() {
        Metamodel school = Metamodel.of(SchoolRelationships.ALL);
        Metamodel order = Metamodel.of(OrderRelationships.ALL);
        Metamodel library = Metamodel.of(LibraryRelationships.ALL);
        Metamodel blog = Metamodel.of(BlogRelationships.ALL);

        assertThat(school.inverseOf(STUDENT_COURSES)).containsSame(COURSE_STUDENTS);
        assertThat(school.inverseOf(SchoolRelationships.STUDENT_ENROLLMENTS)).containsSame(SchoolRelationships.ENROLLMENT_STUDENT);
        assertThat(order.inverseOf(OrderRelationships.ORDER_ITEMS)).containsSame(OrderRelationships.ORDER_ITEM_ORDER);
        assertThat(order.inverseOf(OrderRelationships.ORDER_ITEM_ITEM)).isEmpty();
        assertThat(library.inverseOf(LibraryRelationships.AUTHOR_BOOK_LINKS)).containsSame(LibraryRelationships.LINK_AUTHOR);
        assertThat(blog.inverseOf(POST_TAGS)).containsSame(BlogRelationships.TAG_POSTS);
        assertThat(blog.inverseOf(BlogRelationships.COMMENT_AUTHOR)).isEmpty();
    }

    @Test
    void manyToManySidesKnowTheirLinkTable() {
        assertThat(STUDENT_COURSES.kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
        assertThat(STUDENT_COURSES.secondary()).hasValueSatisfying(table -> assertThat(table.tableNameAtRuntime()).isEqualTo("enrollment"));
        assertThat(STUDENT_COURSES.linkAlias()).isEqualTo("courses_link");
        assertThat(COURSE_STUDENTS.linkAlias()).isEqualTo("students_link");
        assertThat(POST_TAGS.secondary()).hasValueSatisfying(table -> assertThat(table.tableNameAtRuntime()).isEqualTo("post_tag"));
        // enrollment rows need enrollment_date: only the association object writes them
        assertThat(STUDENT_COURSES.viewOnly()).isTrue();
        assertThat(SchoolRelationships.STUDENT_ENROLLMENTS.viewOnly()).isFalse();
    }

    @Test
    void roleAliasesAvoidReservedWordsAndClashes() {
        assertThat(OrderRelationships.ORDER_ITEM_ORDER.roleAlias()).isEqualTo("purchase_order");
        assertThat(BlogRelationships.POST_AUTHOR.roleAlias()).isEqualTo("author");
        assertThat(BlogRelationships.COMMENT_AUTHOR.roleAlias()).isEqualTo("comment_author");
    }

    @Test
    void compositeKeyOfAnAssociationObject() {
        Enrollment enrollment = new Enrollment(LocalDate.of(2024, 9, 2), "A", true);
        assertThat(SchoolRelationships.ENROLLMENT.keyOf(enrollment)).as("no key while unset").isNull();

        enrollment.setStudentId(1);
        enrollment.setCourseId(2);

        assertThat(SchoolRelationships.ENROLLMENT.keyOf(enrollment)).isEqualTo(EntityKey.of(Enrollment.class, 1, 2));
    }

    @Test
    void noneThroughTheLinkTableFindsStudentsWithoutCourses() {
        String sql = select(student.name).from(student).where(none(STUDENT_COURSES)).build().render(MYBATIS3)
                .getSelectStatement();

        assertThat(sql).isEqualTo("select name from student where not exists (select 1 from enrollment courses_link"
                + " join course courses on courses.id = courses_link.course_id"
                + " where courses_link.student_id = student.id)");
    }

    @Test
    void misusedRelationshipsFailNamingThem() {
        assertThatThrownBy(() -> RelationshipJoins.on(select(post.id).from(post).join(tag), POST_TAGS, post, tag))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Post.tags is many-to-many");
        assertThatThrownBy(() -> RelationshipJoins.onLink(select(post.id).from(post).join(comment), POST_COMMENTS, post, comment))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Post.comments has no link table");
        assertThatThrownBy(() -> has(POST_TAGS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Post.tags");
    }
}
