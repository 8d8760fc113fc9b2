package dev.relkit.demo.tour;

import dev.relkit.load.LoadPlan;
import dev.relkit.load.LoadState;
import dev.relkit.load.ParentStream;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.blog.RemarkMapper;
import dev.relkit.model.blog.BlogUser;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Photo;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Remark;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import dev.relkit.service.blog.PostService;
import dev.relkit.session.RelkitSession;
import org.mybatis.dynamic.sql.select.QueryExpressionDSL;
import org.mybatis.dynamic.sql.select.SelectModel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.mapper.blog.BlogRelationships.BLOG_USER;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENT;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENTABLE;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENT_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.PHOTO;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_REMARKS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.BlogRelationships.USER_POSTS;
import static dev.relkit.mapper.blog.BlogUserDynamicSqlSupport.blogUser;
import static dev.relkit.mapper.blog.CommentDynamicSqlSupport.comment;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.mapper.company.CompanyRelationships.DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.CompanyRelationships.SUBORDINATES;
import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.mapper.company.EmployeeDynamicSqlSupport.employee;
import static dev.relkit.relation.InstanceComparisons.contains;
import static dev.relkit.relation.InstanceComparisons.withParent;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.isGreaterThan;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * The seed scenarios' load plans and loader options: the blog's 4-statement plan, a plan declared once
 * at service level, recursion to a depth, loader criteria, a page of complete parents, a per-parent
 * limit, load_only, contains / with_parent, a generic foreign key loaded per type, and a stream of
 * parents in chunks. Each scenario prints what it loaded and its statement count.
 */
final class LoaderOptionsTour implements TourSection {

    @Override
    public String title() {
        return "Loader options: the blog plan, service defaults, recursion, criteria, pages, limits, load_only, streams";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeedIfEmpty("department", "dev/relkit/seed/department_employee.sql");
        tour.runSeedIfEmpty("post", "dev/relkit/seed/blog.sql");

        List<Post> planned = tour.scenario("The blog plan: posts, then authors, comments with their authors joined, and tags"
                + " (select-in each: 4 statements whatever the number of posts)", session -> ReferenceCatalogue.loader(session)
                .query(POST, allPosts().orderBy(post.id), PostService.DEFAULT_LOAD));
        planned.forEach(p -> tour.show(describe(p)));

        List<Post> served = tour.scenario("Service-level loading: PostService declares that plan once; this call drops the tags"
                + " (noLoad) and adds the remarks", session -> new PostService(ReferenceCatalogue.loader(session))
                .byAuthor(1, LoadPlan.of(noLoad(POST_TAGS), selectIn(POST_REMARKS))));
        served.forEach(p -> tour.show(p.getTitle() + ": " + p.getComments().size() + " comments, tags " + p.getTags()
                + ", remarks " + p.getRemarks().stream().map(Remark::getBody).toList()));

        Employee olivia = tour.scenario("Recursion to a depth: Olivia's reports two levels down, selectIn(SUBORDINATES).recursive(2)",
                session -> ReferenceCatalogue.loader(session).query(EMPLOYEE,
                        select(employee.columns("")).from(employee).where(employee.id, isEqualTo(1)),
                        LoadPlan.of(selectIn(SUBORDINATES).recursive(2))).get(0));
        for (Employee report : olivia.getSubordinates()) {
            tour.show(report.getName() + " -> " + report.getSubordinates().stream().map(e -> e.getName() + (LoadState.isUnloaded(
                    e.getSubordinates()) ? " (level 3: not loaded)" : "")).collect(Collectors.joining(", ")));
        }

        List<Department> wellPaid = tour.scenario("Loader criteria: each department's employees earning over 120000 only,"
                + " selectIn(EMPLOYEES).where(salary > 120000)", session -> ReferenceCatalogue.loader(session).query(DEPARTMENT,
                select(department.columns("")).from(department).orderBy(department.id),
                LoadPlan.of(selectIn(EMPLOYEES).where(employee.salary, isGreaterThan(new BigDecimal("120000"))))));
        wellPaid.forEach(d -> tour.show(d.getName() + ": " + names(d.getEmployees())));

        List<Post> page = tour.scenario("Pagination with complete parents: posts 2-3 (LIMIT 2 OFFSET 1) in their own statement,"
                + " then every comment of those two", session -> ReferenceCatalogue.loader(session).query(POST,
                allPosts().orderBy(post.id).limit(2).offset(1), LoadPlan.of(selectIn(POST_COMMENTS))));
        page.forEach(p -> tour.show(p.getTitle() + ": " + p.getComments().size() + " comments"));

        List<Department> recent = tour.scenario("Per-parent limit: each department's two most recent hires, ROW_NUMBER() OVER"
                + " (PARTITION BY department_id ...) in one generated statement", session -> ReferenceCatalogue.loader(session)
                .query(DEPARTMENT, select(department.columns("")).from(department).orderBy(department.id),
                        LoadPlan.of(selectIn(EMPLOYEES).limitPerParent(2, employee.hiredAt.descending()))));
        recent.forEach(d -> tour.show(d.getName() + ": " + names(d.getEmployees())));

        List<Post> narrow = tour.scenario("load_only: comments with only their body, and their authors joined with only the"
                + " username (key, join and order columns always)", session -> ReferenceCatalogue.loader(session).query(POST,
                allPosts().orderBy(post.id), LoadPlan.of(selectIn(POST_COMMENTS).loadOnly(comment.body)
                        .with(joined(COMMENT_AUTHOR).loadOnly(blogUser.username)))));
        Comment sample = narrow.get(0).getComments().get(1);
        tour.show("'" + sample.getBody() + "' by " + sample.getAuthor().getUsername() + "; its author's email (not loaded): "
                + sample.getAuthor().getEmail());

        tour.scenario("contains / with_parent: the post that contains comment 4, and wendy's posts, from the declarations",
                session -> {
                    RelkitSession unit = ReferenceCatalogue.session(session);
                    Comment four = unit.get(COMMENT, 4);
                    BlogUser wendy = unit.get(BLOG_USER, 1);
                    List<Post> holding = unit.query(POST, allPosts().where(contains(POST_COMMENTS, four)).orderBy(post.id));
                    List<Post> hers = unit.query(POST, allPosts().where(withParent(wendy, USER_POSTS)).orderBy(post.id));
                    tour.show("contains(POST_COMMENTS, comment 4): " + titles(holding));
                    tour.show("withParent(wendy, USER_POSTS): " + titles(hers));
                    return null;
                });

        List<Remark> remarks = tour.scenario("Generic foreign key: every remark, then what it is on, one select-in per type"
                + " (remark.commentable_type / commentable_id)", session -> ReferenceCatalogue.loader(session).load(
                session.getMapper(RemarkMapper.class).selectAll(),
                LoadPlan.of(selectIn(COMMENTABLE.to(POST)), selectIn(COMMENTABLE.to(PHOTO)))));
        remarks.forEach(r -> tour.show("'" + r.getBody() + "' on " + (r.getCommentable() instanceof Post p
                ? "post '" + p.getTitle() + "'" : "photo '" + ((Photo) r.getCommentable()).getTitle() + "'")));

        tour.scenario("Streaming: posts in chunks of 2 (keyset: id > last id), each chunk's comments by select-in, an identity"
                + " map per chunk", session -> {
                    List<String> chunks = new ArrayList<>();
                    try (ParentStream<Post> posts = ReferenceCatalogue.loader(session)
                            .stream(POST, null, LoadPlan.of(selectIn(POST_COMMENTS)), 2)) {
                        while (posts.hasNext()) {
                            List<Post> chunk = posts.next();
                            chunks.add(chunk.stream().map(p -> "#" + p.getId() + "(" + p.getComments().size() + ")")
                                    .collect(Collectors.joining(" ")) + " [" + posts.identityMapSize() + " objects]");
                        }
                    }
                    tour.show("chunks, post(comments): " + String.join(" | ", chunks));
                    return null;
                });
    }

    private static QueryExpressionDSL<SelectModel> allPosts() {
        return select(post.id, post.authorId, post.title, post.body, post.createdAt, post.updatedAt).from(post);
    }

    private static String describe(Post p) {
        return p.getTitle() + " by " + p.getAuthor().getUsername() + "; comments by " + p.getComments().stream()
                .map(c -> c.getAuthor() == null ? "anonymous" : c.getAuthor().getUsername()).toList()
                + "; " + p.getTags().size() + " tags";
    }

    private static String names(List<Employee> employees) {
        return employees.isEmpty() ? "-" : employees.stream().map(Employee::getName).collect(Collectors.joining(", "));
    }

    private static List<String> titles(List<Post> posts) {
        return posts.stream().map(Post::getTitle).toList();
    }
}
