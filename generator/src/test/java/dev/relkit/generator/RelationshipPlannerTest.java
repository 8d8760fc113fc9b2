package dev.relkit.generator;

import dev.relkit.generator.DeclarationPlan.Column;
import dev.relkit.generator.DeclarationPlan.Relationship;
import dev.relkit.generator.RelationshipPlanner.ColumnFacts;
import dev.relkit.generator.RelationshipPlanner.TableShape;
import dev.relkit.generator.SchemaConstraints.ForeignKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The planner on a schema made of every case the generator handles, without a database: the tables
 * and keys are what MyBatis Generator and {@code information_schema} would report.
 */
class RelationshipPlannerTest {

    private final List<TableShape> tables = new ArrayList<>();
    private final List<ForeignKey> keys = new ArrayList<>();
    private final Map<String, List<Set<String>>> unique = new LinkedHashMap<>();

    @Test
    void declaresManyToOneAndInverseWithRolesForTwoKeysToOneTable() {
        table("language", "language_id*", "name");
        table("film", "film_id*", "title", "language_id", "original_language_id");
        key("film", "language", "language_id");
        key("film", "language", "original_language_id");

        assertThat(relationships()).containsExactlyInAnyOrder(
                "Film.language MANY_TO_ONE Language on film.languageId=language.languageId back films",
                "Film.originalLanguage MANY_TO_ONE Language on film.originalLanguageId=language.languageId back filmsAsOriginalLanguage",
                "Language.films ONE_TO_MANY Film on language.languageId=film.languageId back language",
                "Language.filmsAsOriginalLanguage ONE_TO_MANY Film on language.languageId=film.originalLanguageId back originalLanguage");
    }

    @Test
    void aSingleKeyNotNamedAfterItsTableHasThePlainPluralAsInverse() {
        table("blog_user", "id*", "name");
        table("post", "id*", "author_id");
        key("post", "blog_user", "author_id");

        assertThat(relationships()).containsExactlyInAnyOrder(
                "Post.author MANY_TO_ONE BlogUser on post.authorId=blogUser.id back posts",
                "BlogUser.posts ONE_TO_MANY Post on blogUser.id=post.authorId back author");
    }

    @Test
    void renamesReplaceTheGeneratedNamesOnBothSidesAndAnUnmatchedRenameIsReported() {
        table("staff", "staff_id+", "name");
        table("store", "store_id+", "manager_staff_id");
        key("store", "staff", "manager_staff_id");

        DeclarationPlan plan = plan(Map.of("Store.managerStaff", "manager", "Store.managr", "boss"));

        assertThat(relationships(plan)).containsExactlyInAnyOrder(
                "Store.manager MANY_TO_ONE Staff on store.managerStaffId=staff.staffId back stores",
                "Staff.stores ONE_TO_MANY Store on staff.staffId=store.managerStaffId back manager");
        assertThat(plan.warnings()).containsExactly("rename Store.managr=boss: no generated relationship is named Store.managr");
        assertThat(RelkitPlugin.renames("Store.managerStaff=manager, Store.inventories=inventory"))
                .containsExactly(Map.entry("Store.managerStaff", "manager"), Map.entry("Store.inventories", "inventory"));
        assertThatThrownBy(() -> RelkitPlugin.renames("managerStaff=manager"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RelkitPlugin: the rename 'managerStaff=manager' is not Model.generatedName=name (Store.managerStaff=manager)");
    }

    @Test
    void aUniqueKeyHasAOneToOneInverse() {
        table("user_account", "id*", "name");
        table("user_profile", "id*", "user_id", "bio");
        key("user_profile", "user_account", "user_id");
        unique.put("user_profile", List.of(Set.of("id"), Set.of("user_id")));

        assertThat(relationships()).containsExactlyInAnyOrder(
                "UserProfile.user MANY_TO_ONE UserAccount on userProfile.userId=userAccount.id back userProfile role user_rel",
                "UserAccount.userProfile ONE_TO_ONE UserProfile on userAccount.id=userProfile.userId back user");
    }

    @Test
    void aSelfReferenceNamesItsInverseByRole() {
        table("employee", "id*", "name", "manager_id");
        key("employee", "employee", "manager_id");

        assertThat(relationships()).containsExactlyInAnyOrder(
                "Employee.manager MANY_TO_ONE Employee on employee.managerId=employee.id back employeesAsManager",
                "Employee.employeesAsManager ONE_TO_MANY Employee on employee.id=employee.managerId back manager");
    }

    @Test
    void aPureLinkTableIsTheSecondaryOfTwoManyToManys() {
        table("post", "id*", "title");
        table("tag", "id*", "name");
        table("post_tag", "post_id*", "tag_id*", "last_update?");
        key("post_tag", "post", "post_id");
        key("post_tag", "tag", "tag_id");

        DeclarationPlan plan = plan();
        assertThat(plan.entities()).extracting(DeclarationPlan.Entity::table).containsExactly("post", "tag");
        assertThat(relationships(plan)).containsExactlyInAnyOrder(
                "Post.tags MANY_TO_MANY Tag on post.id=postTag.postId link postTag.tagId=tag.id back posts",
                "Tag.posts MANY_TO_MANY Post on tag.id=postTag.tagId link postTag.postId=post.id back tags");
    }

    @Test
    void aLinkTableWithARequiredColumnIsAnAssociationObjectWithReadOnlyManyToManys() {
        table("student", "id*", "name");
        table("course", "id*", "title");
        table("enrollment", "student_id*", "course_id*", "enrolled_on");
        key("enrollment", "student", "student_id");
        key("enrollment", "course", "course_id");

        DeclarationPlan plan = plan();
        assertThat(plan.entities()).extracting(DeclarationPlan.Entity::table).containsExactly("student", "course", "enrollment");
        assertThat(plan.entities().get(2).keyColumns()).extracting(Column::name).containsExactly("student_id", "course_id");
        assertThat(relationships(plan)).containsExactlyInAnyOrder(
                "Student.enrollments ONE_TO_MANY Enrollment on student.id=enrollment.studentId back student",
                "Student.courses MANY_TO_MANY Course on student.id=enrollment.studentId link enrollment.courseId=course.id back students view-only",
                "Course.enrollments ONE_TO_MANY Enrollment on course.id=enrollment.courseId back course",
                "Course.students MANY_TO_MANY Student on course.id=enrollment.courseId link enrollment.studentId=student.id back courses view-only",
                "Enrollment.student MANY_TO_ONE Student on enrollment.studentId=student.id back enrollments",
                "Enrollment.course MANY_TO_ONE Course on enrollment.courseId=course.id back enrollments");
    }

    @Test
    void aCompositeKeyJoinsOnEveryColumnAndIsNamedAfterTheReferencedTable() {
        table("customer_order", "customer_id*", "order_no*", "placed_on");
        table("order_line", "customer_id*", "order_no*", "line_no*", "item");
        key("order_line", "customer_order", "customer_id", "order_no");

        assertThat(relationships()).containsExactlyInAnyOrder(
                "OrderLine.customerOrder MANY_TO_ONE CustomerOrder on orderLine.customerId=customerOrder.customerId,"
                        + " orderLine.orderNo=customerOrder.orderNo back orderLines",
                "CustomerOrder.orderLines ONE_TO_MANY OrderLine on customerOrder.customerId=orderLine.customerId,"
                        + " customerOrder.orderNo=orderLine.orderNo back customerOrder");
    }

    @Test
    void aTableWithoutPrimaryKeyIsNoEntityAndSaysSo() {
        table("audit_log", "message");

        DeclarationPlan plan = plan();
        assertThat(plan.entities()).isEmpty();
        assertThat(plan.warnings()).containsExactly("audit_log: no primary key, so no entity (relkit identifies rows by their key)");
    }

    @Test
    void writesTheDeclarationClass() {
        table("language", "language_id+", "name");
        table("film", "film_id+", "language_id");
        key("film", "language", "language_id");

        String source = DeclarationSource.write(plan(), "com.example", "ShopRelationships", "shop");
        assertThat(source)
                .contains("import static com.example.FilmDynamicSqlSupport.film;")
                .contains("public static final EntityType<Film> FILM = EntityType.fromTable(Film.class, film)\n"
                        + "            .generatedId(film.filmId)\n"
                        + "            .resultMap(\"com.example.FilmMapper.filmResult\")\n"
                        + "            .build();")
                .contains("public static final RelationshipPair<Film, Language> FILM_LANGUAGE_PAIR"
                        + " = Relationship.manyToOne(\"language\", FILM, LANGUAGE)\n"
                        + "            .on(film.languageId, language.languageId)\n"
                        + "            .reference(Film::getLanguage, Film::setLanguage)\n"
                        + "            .withInverse(\"films\", inverse -> inverse\n"
                        + "                    .list(Language::getFilms, Language::setFilms))\n"
                        + "            .build();\n"
                        + "    public static final Relationship<Film, Language> FILM_LANGUAGE = FILM_LANGUAGE_PAIR.relationship();\n")
                .contains("    public static final Relationship<Language, Film> LANGUAGE_FILMS = FILM_LANGUAGE_PAIR.inverse();\n")
                .doesNotContain("backPopulates")
                .contains("public static final List<Relationship<?, ?>> ALL = List.of(\n            LANGUAGE_FILMS, FILM_LANGUAGE);");
    }

    // ---- a schema in a few lines: "name*" is a key column, "name+" a generated key, "name?" optional ----

    private void table(String name, String... columns) {
        List<Column> shaped = new ArrayList<>();
        List<ColumnFacts> facts = new ArrayList<>();
        for (String spec : columns) {
            String column = spec.replaceAll("[*+?]", "");
            String property = Names.camel(column);
            shaped.add(new Column(column, property, "get" + Names.capitalized(property), "set" + Names.capitalized(property),
                    spec.endsWith("*") || spec.endsWith("+"), spec.endsWith("+")));
            facts.add(new ColumnFacts(column, !spec.endsWith("?") && !spec.endsWith("+")));
        }
        String domain = Names.capitalized(Names.camel(name));
        tables.add(new TableShape(name, domain, Names.camel(name), shaped, facts));
    }

    private void key(String table, String referenced, String... columns) {
        TableShape target = tables.stream().filter(t -> t.table().equals(referenced)).findFirst().orElseThrow();
        List<String> referencedColumns = target.columns().stream().filter(Column::key).map(Column::name).toList();
        keys.add(new ForeignKey("fk_" + keys.size(), table, List.of(columns), referenced, referencedColumns));
    }

    private DeclarationPlan plan() {
        return plan(Map.of());
    }

    private DeclarationPlan plan(Map<String, String> renames) {
        return new RelationshipPlanner(tables, new SchemaConstraints(tables.stream().map(TableShape::table).toList(), keys, unique),
                "com.example", "com.example", renames).plan();
    }

    private List<String> relationships() {
        return relationships(plan());
    }

    private static List<String> relationships(DeclarationPlan plan) {
        return plan.relationships().stream().map(RelationshipPlannerTest::describe).toList();
    }

    private static String describe(Relationship r) {
        StringBuilder out = new StringBuilder(r.owner().modelSimpleName() + "." + r.name() + " " + r.kind() + " "
                + r.target().modelSimpleName() + " on " + joins(r.on()));
        if (r.linkTable() != null) {
            out.append(" link ").append(joins(r.linkOn()));
        }
        out.append(" back ").append(r.backPopulates());
        if (r.roleAlias() != null) {
            out.append(" role ").append(r.roleAlias());
        }
        if (r.viewOnly()) {
            out.append(" view-only");
        }
        return out.toString();
    }

    private static String joins(List<DeclarationPlan.Join> joins) {
        return String.join(", ", joins.stream()
                .map(j -> j.leftTable() + "." + j.leftProperty() + "=" + j.rightTable() + "." + j.rightProperty()).toList());
    }
}
