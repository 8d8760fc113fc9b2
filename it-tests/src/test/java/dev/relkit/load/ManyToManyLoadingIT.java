package dev.relkit.load;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.mapper.blog.TagMapper;
import dev.relkit.mapper.school.CourseMapper;
import dev.relkit.mapper.school.StudentMapper;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.school.Course;
import dev.relkit.model.school.Student;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.BlogRelationships.TAG;
import static dev.relkit.mapper.blog.BlogRelationships.TAG_POSTS;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.mapper.blog.TagDynamicSqlSupport.tag;
import static dev.relkit.mapper.school.CourseDynamicSqlSupport.course;
import static dev.relkit.mapper.school.SchoolRelationships.COURSE;
import static dev.relkit.mapper.school.SchoolRelationships.COURSE_STUDENTS;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT;
import static dev.relkit.mapper.school.SchoolRelationships.STUDENT_COURSES;
import static dev.relkit.mapper.school.StudentDynamicSqlSupport.student;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mybatis.dynamic.sql.SqlBuilder.isLike;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Many-to-many through the loader: {@code Post.tags} / {@code Tag.posts} (link table
 * {@code post_tag}, sets) and {@code Student.courses} / {@code Course.students} (link table
 * {@code enrollment}, lists). Select-in joins the link table into the target statement and reads the
 * owner key from it, so a target shared by many owners comes back once per owner row, and the load
 * maps it to ONE object. Loaded graphs are compared whole with the domains' joined XML queries.
 */
@RelkitTest
class ManyToManyLoadingIT {

    /** One {@code IN} statement per level up to 1000 parents, so "constant in N" shows as one number. */
    private static final int CHUNK = 1000;

    // ---- Post.tags / Tag.posts on the seed ----

    @Test
    void selectInLoadsEveryPostsTagsInOneStatementJoiningTheLinkTable(
            SqlSession session, PostMapper posts, StatementRecorder statements) {
        List<Post> reference = posts.selectAllWithAuthorCommentsTags();
        session.clearCache();
        List<Post> loaded = posts.selectAll();

        List<RecordedStatement> run = statements.record(() ->
                ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(selectIn(POST_TAGS))));

        assertThat(run).singleElement().satisfies(statement -> {
            assertThat(statement.oneLineSql()).isEqualTo("select tag.id, tag.name, tag.slug, post_tag.post_id as relkit_owner_key"
                    + " from tag join post_tag on tag.id = post_tag.tag_id where post_tag.post_id in (?,?,?,?) order by slug, id");
            assertThat(statement.parameters()).containsExactly(1, 2, 3, 4);
        });
        assertThat(loaded).usingRecursiveComparison().ignoringFields("author", "comments", "remarks").isEqualTo(reference);
        assertThat(tagSlugs(loaded)).containsExactly(
                tuple(1, List.of("firstpost", "wendy")), tuple(2, List.of("wendy")),
                tuple(3, List.of("orm", "python")), tuple(4, List.of()));
        assertThat(tagged(loaded, 2, "wendy")).as("one 'wendy' Tag for posts 1 and 2").isSameAs(tagged(loaded, 1, "wendy"));
    }

    @Test
    void theInverseTagPostsLoadsInOneStatementWithOnePostObjectPerRow(
            SqlSession session, TagMapper tags, StatementRecorder statements) {
        List<Tag> loaded = tags.selectAll();

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session).load(loaded, LoadPlan.of(selectIn(TAG_POSTS))));

        assertThat(loaded).extracting(Tag::getSlug, t -> t.getPosts().stream().map(Post::getId).toList()).containsExactly(
                tuple("databases", List.of()), tuple("firstpost", List.of(1)), tuple("orm", List.of(3)),
                tuple("python", List.of(3)), tuple("wendy", List.of(1, 2)));
        assertThat(loaded.get(3).getPosts().iterator().next()).as("one post 3 under 'orm' and 'python'")
                .isSameAs(loaded.get(2).getPosts().iterator().next());
        assertThat(loaded.get(1).getPosts().iterator().next()).usingRecursiveComparison().ignoringFields("tags")
                .isEqualTo(postOne());
    }

    @Test
    void selectInThenSelectInGoesBackAcrossTheLinkTableReusingTheLoadsObjects(
            SqlSession session, PostMapper posts, StatementRecorder statements) {
        List<Post> loaded = posts.selectAll();

        statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(loaded, LoadPlan.of(selectIn(POST_TAGS).selectIn(TAG_POSTS))));

        Tag wendy = tagged(loaded, 1, "wendy");
        assertThat(wendy.getPosts()).as("the parents themselves, not copies").containsExactly(loaded.get(0), loaded.get(1));
    }

    @Test
    void subqueryLoadsTagsThroughTheParentQueryInOneStatement(SqlSession session, PostMapper posts,
                                                             StatementRecorder statements) {
        List<Post> reference = posts.selectAllWithAuthorCommentsTags();
        var parentQuery = select(post.id, post.authorId, post.title, post.body, post.createdAt, post.updatedAt)
                .from(post).orderBy(post.id);

        List<Post> loaded = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(POST, parentQuery, LoadPlan.of(subquery(POST_TAGS))));

        assertThat(loaded).usingRecursiveComparison().ignoringFields("author", "comments", "remarks").isEqualTo(reference);
        assertThat(tagged(loaded, 2, "wendy")).isSameAs(tagged(loaded, 1, "wendy"));
    }

    @Test
    void joinedTrustsTheJoinedQueryAndMakesItsEqualTagCopiesOneObject(
            SqlSession session, PostMapper posts, StatementRecorder statements) {
        List<Post> xml = statements.assertCount(1, posts::selectAllWithAuthorCommentsTags);
        assertThat(tagged(xml, 2, "wendy")).as("plain joined XML: equal copies").isNotSameAs(tagged(xml, 1, "wendy"))
                .usingRecursiveComparison().isEqualTo(tagged(xml, 1, "wendy"));
        List<Post> dynamic = statements.assertCount(1, posts::selectAllWithAuthorCommentsTagsDynamic);

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(xml, LoadPlan.of(joined(POST_TAGS)));
            ReferenceCatalogue.loader(session).load(dynamic, LoadPlan.of(joined(POST_TAGS)));
        });

        for (List<Post> loaded : List.of(xml, dynamic)) {
            assertThat(tagSlugs(loaded)).containsExactly(
                    tuple(1, List.of("firstpost", "wendy")), tuple(2, List.of("wendy")),
                    tuple(3, List.of("orm", "python")), tuple(4, List.of()));
            assertThat(tagged(loaded, 2, "wendy")).as("one object within the load").isSameAs(tagged(loaded, 1, "wendy"));
        }
    }

    @Test
    void lazyRaiseAndNoLoadOnTagsCostNothingUntilTouched(SqlSession session, PostMapper posts, TagMapper tags,
                                                         StatementRecorder statements) {
        List<Post> lazyPosts = posts.selectAll();
        List<Tag> raiseTags = tags.selectAll();
        session.clearCache();
        List<Post> noLoadPosts = posts.selectAll();

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(lazyPosts, LoadPlan.of(lazy(POST_TAGS)));
            ReferenceCatalogue.loader(session).load(raiseTags, LoadPlan.of(raise(TAG_POSTS)));
            ReferenceCatalogue.loader(session).load(noLoadPosts, LoadPlan.of(noLoad(POST_TAGS)));
        });

        Set<Tag> firstPostTags = lazyPosts.get(0).getTags();
        assertThat(statements.assertCount(1, firstPostTags::size)).isEqualTo(2);
        statements.assertCount(0, () -> assertThat(firstPostTags).extracting(Tag::getSlug).containsExactly("firstpost", "wendy"));
        assertThatThrownBy(() -> raiseTags.get(4).getPosts().iterator())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Tag.posts").hasMessageContaining("Tag#2");
        assertThat(noLoadPosts).allSatisfy(p -> assertThat(p.getTags()).isEmpty());
    }

    // ---- Student.courses / Course.students on the seed ----

    @Test
    void studentsCoursesAndCoursesStudentsEqualTheJoinedQueriesUnderSelectInAndSubquery(
            SqlSession session, StudentMapper students, CourseMapper courses, StatementRecorder statements) {
        List<Student> studentReference = students.selectAllWithCourses();
        List<Course> courseReference = courses.selectAllWithStudents();
        session.clearCache();

        List<Student> studentsBySelectIn = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(students.selectAll(), LoadPlan.of(selectIn(STUDENT_COURSES))));
        List<Course> coursesBySelectIn = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .load(courses.selectAll(), LoadPlan.of(selectIn(COURSE_STUDENTS))));
        List<Student> studentsBySubquery = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(STUDENT, select(student.id, student.name).from(student).orderBy(student.id),
                        LoadPlan.of(subquery(STUDENT_COURSES))));
        List<Course> coursesBySubquery = statements.assertCount(2, () -> ReferenceCatalogue.loader(session)
                .query(COURSE, select(course.id, course.title).from(course).orderBy(course.id),
                        LoadPlan.of(subquery(COURSE_STUDENTS))));

        for (List<Student> loaded : List.of(studentsBySelectIn, studentsBySubquery)) {
            assertThat(loaded).usingRecursiveComparison().ignoringFields("enrollments").isEqualTo(studentReference);
            assertThat(loaded).extracting(Student::getName, s -> s.getCourses().stream().map(Course::getTitle).toList())
                    .containsExactly(tuple("Ana Lima", List.of("Algebra", "Biology", "Chemistry")),
                            tuple("Ben Carter", List.of("Algebra", "Chemistry")), tuple("Chloe Dubois", List.of("Biology")),
                            tuple("Dmitri Ivanov", List.of()));
            assertThat(loaded.get(1).getCourses().get(0)).as("one Algebra").isSameAs(loaded.get(0).getCourses().get(0));
        }
        for (List<Course> loaded : List.of(coursesBySelectIn, coursesBySubquery)) {
            assertThat(loaded).usingRecursiveComparison().ignoringFields("enrollments").isEqualTo(courseReference);
            assertThat(loaded).extracting(Course::getTitle, c -> c.getStudents().stream().map(Student::getName).toList())
                    .containsExactly(tuple("Algebra", List.of("Ana Lima", "Ben Carter")),
                            tuple("Biology", List.of("Ana Lima", "Chloe Dubois")),
                            tuple("Chemistry", List.of("Ana Lima", "Ben Carter")), tuple("Drama", List.of()));
            assertThat(loaded.get(1).getStudents().get(0)).as("one Ana").isSameAs(loaded.get(0).getStudents().get(0));
        }
    }

    @Test
    void studentsCoursesUnderJoinedLazyRaiseAndNoLoad(SqlSession session, StudentMapper students, CourseMapper courses,
                                                      StatementRecorder statements) {
        List<Student> joinedXml = students.selectAllWithCourses();
        List<Student> joinedDynamic = students.selectAllWithCoursesDynamic();
        List<Student> lazyStudents = students.selectAll();
        List<Course> raiseCourses = courses.selectAll();
        session.clearCache();
        List<Student> noLoadStudents = students.selectAll();

        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(joinedXml, LoadPlan.of(joined(STUDENT_COURSES)));
            ReferenceCatalogue.loader(session).load(joinedDynamic, LoadPlan.of(joined(STUDENT_COURSES)));
            ReferenceCatalogue.loader(session).load(lazyStudents, LoadPlan.of(lazy(STUDENT_COURSES)));
            ReferenceCatalogue.loader(session).load(raiseCourses, LoadPlan.of(raise(COURSE_STUDENTS)));
            ReferenceCatalogue.loader(session).load(noLoadStudents, LoadPlan.of(noLoad(STUDENT_COURSES)));
        });

        for (List<Student> loaded : List.of(joinedXml, joinedDynamic)) {
            assertThat(loaded.get(1).getCourses().get(0)).as("joined, then one Algebra").isSameAs(loaded.get(0).getCourses().get(0));
        }
        List<Course> bens = lazyStudents.get(1).getCourses();
        assertThat(statements.assertCount(1, bens::size)).isEqualTo(2);
        assertThat(bens).extracting(Course::getTitle).containsExactly("Algebra", "Chemistry");
        assertThatThrownBy(() -> raiseCourses.get(0).getStudents().get(0))
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Course.students").hasMessageContaining("Course#1");
        assertThat(noLoadStudents).allSatisfy(s -> assertThat(s.getCourses()).isEmpty());
    }

    // ---- 1, 10 and 1000 parents ----

    @ParameterizedTest(name = "{0} posts and tags")
    @ValueSource(ints = {1, 10, 1000})
    void postsTagsAndTagsPostsCostTheSameStatementsWhateverTheNumberOfParents(
            int count, SqlSession session, PostMapper posts, TagMapper tags, StatementRecorder statements) {
        generatePostsAndTags(session, count);
        List<Post> selectInPosts = generatedPosts(posts.selectAll());
        List<Tag> selectInTags = generatedTags(tags.selectAll());
        List<Post> joinedPosts = generatedPosts(posts.selectAllWithAuthorCommentsTags());
        assertThat(selectInPosts).hasSize(count);
        assertThat(selectInTags).hasSize(count);

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, CHUNK).load(selectInPosts, LoadPlan.of(selectIn(POST_TAGS))));
        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, CHUNK).load(selectInTags, LoadPlan.of(selectIn(TAG_POSTS))));
        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(joinedPosts, LoadPlan.of(joined(POST_TAGS))));
        List<Post> subqueryPosts = statements.assertCount(2, () -> ReferenceCatalogue.loader(session).query(POST,
                select(post.id, post.authorId, post.title, post.body, post.createdAt, post.updatedAt).from(post)
                        .where(post.title, isLike("gen %")).orderBy(post.id), LoadPlan.of(subquery(POST_TAGS))));
        List<Tag> subqueryTags = statements.assertCount(2, () -> ReferenceCatalogue.loader(session).query(TAG,
                select(tag.id, tag.name, tag.slug).from(tag).where(tag.slug, isLike("gen-%")).orderBy(tag.id),
                LoadPlan.of(subquery(TAG_POSTS))));

        for (List<Post> loaded : List.of(selectInPosts, joinedPosts, subqueryPosts)) {
            assertThat(loaded).hasSize(count).allSatisfy(p -> assertThat(p.getTags()).extracting(Tag::getSlug)
                    .containsExactly("gen-" + p.getTitle().substring("gen post ".length()), "orm"));
            Tag orm = tagged(loaded, loaded.get(0).getId(), "orm");
            assertThat(loaded).as("one 'orm' Tag for all %d posts", count)
                    .allSatisfy(p -> assertThat(p.getTags()).element(1).isSameAs(orm));
        }
        for (List<Tag> loaded : List.of(selectInTags, subqueryTags)) {
            assertThat(loaded).hasSize(count).allSatisfy(t -> assertThat(t.getPosts()).extracting(Post::getTitle)
                    .containsExactly("Ed on Object-Relational Mapping", "gen post " + t.getName()));
            Post three = loaded.get(0).getPosts().iterator().next();
            assertThat(loaded).allSatisfy(t -> assertThat(t.getPosts()).first().isSameAs(three));
        }
        session.clearCache();
        assertLazyRaiseNoLoadCostNothing(session, statements, generatedPosts(posts.selectAll()), count);
    }

    @ParameterizedTest(name = "{0} students and courses")
    @ValueSource(ints = {1, 10, 1000})
    void studentsCoursesAndCoursesStudentsCostTheSameStatementsWhateverTheNumberOfParents(
            int count, SqlSession session, StudentMapper students, CourseMapper courses, StatementRecorder statements) {
        generateStudentsAndCourses(session, count);
        List<Student> selectInStudents = generatedStudents(students.selectAll());
        List<Course> selectInCourses = generatedCourses(courses.selectAll());
        List<Student> joinedStudents = generatedStudents(students.selectAllWithCourses());
        List<Course> joinedCourses = generatedCourses(courses.selectAllWithStudents());
        session.clearCache();
        List<Student> lazyStudents = generatedStudents(students.selectAll());
        session.clearCache();
        List<Course> raiseCourses = generatedCourses(courses.selectAll());
        session.clearCache();
        List<Student> noLoadStudents = generatedStudents(students.selectAll());
        assertThat(selectInStudents).hasSize(count);

        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, CHUNK).load(selectInStudents, LoadPlan.of(selectIn(STUDENT_COURSES))));
        statements.assertCount(1, () -> ReferenceCatalogue.loader(session, CHUNK).load(selectInCourses, LoadPlan.of(selectIn(COURSE_STUDENTS))));
        List<Student> subqueryStudents = statements.assertCount(2, () -> ReferenceCatalogue.loader(session).query(STUDENT,
                select(student.id, student.name).from(student).where(student.name, isLike("gen %")).orderBy(student.id),
                LoadPlan.of(subquery(STUDENT_COURSES))));
        statements.assertCount(0, () -> {
            ReferenceCatalogue.loader(session).load(joinedStudents, LoadPlan.of(joined(STUDENT_COURSES)));
            ReferenceCatalogue.loader(session).load(joinedCourses, LoadPlan.of(joined(COURSE_STUDENTS)));
            ReferenceCatalogue.loader(session).load(lazyStudents, LoadPlan.of(lazy(STUDENT_COURSES)));
            ReferenceCatalogue.loader(session).load(raiseCourses, LoadPlan.of(raise(COURSE_STUDENTS)));
            ReferenceCatalogue.loader(session).load(noLoadStudents, LoadPlan.of(noLoad(STUDENT_COURSES)));
        });

        for (List<Student> loaded : List.of(selectInStudents, joinedStudents, subqueryStudents)) {
            assertThat(loaded).hasSize(count).allSatisfy(s -> assertThat(s.getCourses()).extracting(Course::getTitle)
                    .containsExactly("Algebra", "gen course " + s.getName().substring("gen student ".length())));
            Course algebra = loaded.get(0).getCourses().get(0);
            assertThat(loaded).as("one Algebra for all %d students", count)
                    .allSatisfy(s -> assertThat(s.getCourses().get(0)).isSameAs(algebra));
        }
        for (List<Course> loaded : List.of(selectInCourses, joinedCourses)) {
            assertThat(loaded).hasSize(count).allSatisfy(c -> assertThat(c.getStudents()).extracting(Student::getName)
                    .containsExactly("Ana Lima", "gen student " + c.getTitle().substring("gen course ".length())));
            Student ana = loaded.get(0).getStudents().get(0);
            assertThat(loaded).allSatisfy(c -> assertThat(c.getStudents().get(0)).isSameAs(ana));
        }
        session.clearCache(); // with one parent the lazy statement equals the select-in's, which the session cached
        List<Course> lastCourses = lazyStudents.get(count - 1).getCourses();
        assertThat(statements.assertCount(1, lastCourses::size)).isEqualTo(2);
        Course lastCourse = raiseCourses.get(count - 1);
        assertThatThrownBy(() -> lastCourse.getStudents().size())
                .isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Course.students").hasMessageContaining("Course#" + lastCourse.getId());
        assertThat(noLoadStudents).allSatisfy(s -> assertThat(s.getCourses()).isEmpty());
    }

    private static void assertLazyRaiseNoLoadCostNothing(SqlSession session, StatementRecorder statements,
                                                         List<Post> parents, int count) {
        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(parents, LoadPlan.of(lazy(POST_TAGS))));
        Set<Tag> lastTags = parents.get(count - 1).getTags();
        assertThat(statements.assertCount(1, lastTags::size)).isEqualTo(2);
        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(parents, LoadPlan.of(raise(POST_TAGS))));
        assertThatThrownBy(() -> parents.get(0).getTags().size()).isInstanceOf(RelationshipNotLoadedException.class)
                .hasMessageContaining("Post.tags").hasMessageContaining("Post#" + parents.get(0).getId());
        statements.assertCount(0, () -> ReferenceCatalogue.loader(session).load(parents, LoadPlan.of(noLoad(POST_TAGS))));
        assertThat(parents).allSatisfy(p -> assertThat(p.getTags()).isEmpty());
    }

    /** {@code count} posts "gen post i" by wendy, each tagged with its own tag "gen-i" and with the seeded "orm". */
    private static void generatePostsAndTags(SqlSession session, int count) {
        String sequence = GeneratedRows.sequence(count);
        GeneratedRows.insert(session,
                "INSERT INTO post (author_id, title, body, created_at)"
                        + " SELECT 1, CONCAT('gen post ', seq), 'generated', TIMESTAMP '2025-01-01 00:00:00' + INTERVAL seq MINUTE"
                        + " FROM " + sequence,
                "INSERT INTO tag (name, slug) SELECT seq, CONCAT('gen-', seq) FROM " + sequence,
                "INSERT INTO post_tag (post_id, tag_id) SELECT post.id, tag.id FROM post"
                        + " JOIN tag ON tag.slug = CONCAT('gen-', SUBSTRING(post.title, 10)) WHERE post.title LIKE 'gen post %'",
                "INSERT INTO post_tag (post_id, tag_id) SELECT post.id, 3 FROM post WHERE post.title LIKE 'gen post %'",
                "INSERT INTO post_tag (post_id, tag_id) SELECT 3, tag.id FROM tag WHERE tag.slug LIKE 'gen-%'");
    }

    /**
     * {@code count} students "gen student i" and courses "gen course i": student i takes course i
     * and the seeded Algebra, and the seeded Ana Lima takes every generated course.
     */
    private static void generateStudentsAndCourses(SqlSession session, int count) {
        String sequence = GeneratedRows.sequence(count);
        GeneratedRows.insert(session,
                "INSERT INTO student (name) SELECT CONCAT('gen student ', seq) FROM " + sequence,
                "INSERT INTO course (title) SELECT CONCAT('gen course ', seq) FROM " + sequence,
                "INSERT INTO enrollment (student_id, course_id, enrollment_date) SELECT student.id, course.id, DATE '2025-02-01'"
                        + " FROM student JOIN course ON SUBSTRING(course.title, 12) = SUBSTRING(student.name, 13)"
                        + " WHERE student.name LIKE 'gen student %' AND course.title LIKE 'gen course %'",
                "INSERT INTO enrollment (student_id, course_id, enrollment_date) SELECT student.id, 1, DATE '2025-02-01'"
                        + " FROM student WHERE student.name LIKE 'gen student %'",
                "INSERT INTO enrollment (student_id, course_id, enrollment_date) SELECT 1, course.id, DATE '2025-02-01'"
                        + " FROM course WHERE course.title LIKE 'gen course %'");
    }

    private static List<Post> generatedPosts(List<Post> posts) {
        return posts.stream().filter(p -> p.getTitle().startsWith("gen post ")).toList();
    }

    private static List<Tag> generatedTags(List<Tag> tags) {
        return tags.stream().filter(t -> t.getSlug().startsWith("gen-")).sorted(java.util.Comparator.comparing(Tag::getId)).toList();
    }

    private static List<Student> generatedStudents(List<Student> students) {
        return students.stream().filter(s -> s.getName().startsWith("gen student ")).toList();
    }

    private static List<Course> generatedCourses(List<Course> courses) {
        return courses.stream().filter(c -> c.getTitle().startsWith("gen course ")).toList();
    }

    /** (post id, tag slugs in order) per post. */
    private static List<org.assertj.core.groups.Tuple> tagSlugs(List<Post> posts) {
        return posts.stream().map(p -> tuple(p.getId(), p.getTags().stream().map(Tag::getSlug).toList())).toList();
    }

    /** The tag with this slug under the post with this id. */
    private static Tag tagged(List<Post> posts, int postId, String slug) {
        return posts.stream().filter(p -> p.getId() == postId).findFirst().orElseThrow()
                .getTags().stream().filter(t -> t.getSlug().equals(slug)).findFirst().orElseThrow();
    }

    private static Post postOne() {
        Post expected = new Post();
        expected.setId(1);
        expected.setAuthorId(1);
        expected.setTitle("Wendy's Blog Post");
        expected.setBody("This is a test");
        expected.setCreatedAt(java.time.LocalDateTime.of(2024, 1, 10, 9, 0));
        return expected;
    }
}
