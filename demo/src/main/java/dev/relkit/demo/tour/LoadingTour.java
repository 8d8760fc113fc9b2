package dev.relkit.demo.tour;

import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.mapper.company.DepartmentMapper;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.load.RelationshipNotLoadedException;
import org.apache.ibatis.session.SqlSession;
import org.mybatis.dynamic.sql.select.SelectModel;
import org.mybatis.dynamic.sql.util.Buildable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.relkit.mapper.blog.BlogRelationships.COMMENT_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST;
import static dev.relkit.mapper.blog.BlogRelationships.POST_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.PostDynamicSqlSupport.post;
import static dev.relkit.mapper.company.CompanyRelationships.DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department;
import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.noLoad;
import static dev.relkit.load.Loading.raise;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * Loading strategies side by side: the same two queries (departments with their employees; posts
 * with author, comments with their authors, and tags) under joined, select-in, subquery, lazy
 * (touching everything), raise and noload, each scenario echoing its SQL and statement count, then
 * a summary table strategy -> statements.
 */
final class LoadingTour implements TourSection {

    @Override
    public String title() {
        return "Loading strategies: one query under joined, select-in, subquery, lazy, raise and noload";
    }

    @Override
    public void run(Tour tour) {
        // earlier sections seeded (and may have added to) these domains already
        tour.runSeedIfEmpty("department", "dev/relkit/seed/department_employee.sql");
        tour.runSeedIfEmpty("post", "dev/relkit/seed/blog.sql");

        List<String[]> summary = new ArrayList<>();
        summary.add(row("joined",
                count(tour, () -> departments(tour, "joined: departments and employees from one outer join", session ->
                        load(session, session.getMapper(DepartmentMapper.class).selectAllWithEmployees(), LoadPlan.of(joined(EMPLOYEES))))),
                count(tour, () -> posts(tour, "joined: posts, author, comments, their authors and tags from one statement", session ->
                        load(session, session.getMapper(PostMapper.class).selectAllWithAuthorCommentsTags(),
                                LoadPlan.of(joined(POST_AUTHOR), joined(POST_COMMENTS).joined(COMMENT_AUTHOR), joined(POST_TAGS)))))));
        summary.add(row("select-in",
                count(tour, () -> departments(tour, "select-in: departments, then one IN statement for all their employees",
                        session -> ReferenceCatalogue.loader(session).query(DEPARTMENT, allDepartments(), LoadPlan.of(selectIn(EMPLOYEES))))),
                count(tour, () -> posts(tour, "select-in: posts, then one IN statement per relationship and level", session ->
                        ReferenceCatalogue.loader(session).query(POST, allPosts(), LoadPlan.of(selectIn(POST_AUTHOR),
                                selectIn(POST_COMMENTS).selectIn(COMMENT_AUTHOR), selectIn(POST_TAGS)))))));
        summary.add(row("subquery",
                count(tour, () -> departments(tour, "subquery: departments, then their employees through the parent query",
                        session -> ReferenceCatalogue.loader(session).query(DEPARTMENT, allDepartments(), LoadPlan.of(subquery(EMPLOYEES))))),
                count(tour, () -> posts(tour, "subquery: posts, then each relationship through the parent query"
                        + " (comment authors by select-in: subquery works on the query's own entities)", session ->
                        ReferenceCatalogue.loader(session).query(POST, allPosts(), LoadPlan.of(subquery(POST_AUTHOR),
                                subquery(POST_COMMENTS).selectIn(COMMENT_AUTHOR), subquery(POST_TAGS)))))));
        summary.add(row("lazy, all touched",
                count(tour, () -> departments(tour, "lazy: departments, then one statement per department as each list is touched",
                        session -> touchDepartments(ReferenceCatalogue.loader(session).query(DEPARTMENT, allDepartments(),
                                LoadPlan.of(lazy(EMPLOYEES)))))),
                count(tour, () -> posts(tour, "lazy: posts, then a statement per relationship touched (the N+1 pattern)", session ->
                        touchPosts(ReferenceCatalogue.loader(session).query(POST, allPosts(), LoadPlan.of(lazy(POST_AUTHOR),
                                lazy(POST_COMMENTS).lazy(COMMENT_AUTHOR), lazy(POST_TAGS))))))));
        summary.add(row("raise",
                count(tour, () -> raising(tour, "raise: departments only; touching employees throws instead of loading",
                        session -> ReferenceCatalogue.loader(session).query(DEPARTMENT, allDepartments(), LoadPlan.of(raise(EMPLOYEES))),
                        departments -> departments.get(0).getEmployees().size())),
                count(tour, () -> raising(tour, "raise: posts only; touching comments throws instead of loading",
                        session -> ReferenceCatalogue.loader(session).query(POST, allPosts(),
                                LoadPlan.of(raise(POST_AUTHOR), raise(POST_COMMENTS), raise(POST_TAGS))),
                        posts -> posts.get(0).getComments().size()))));
        summary.add(row("noload",
                count(tour, () -> departments(tour, "noload: departments only, employees left empty",
                        session -> ReferenceCatalogue.loader(session).query(DEPARTMENT, allDepartments(), LoadPlan.of(noLoad(EMPLOYEES))))),
                count(tour, () -> posts(tour, "noload: posts only, author null, collections empty", session ->
                        ReferenceCatalogue.loader(session).query(POST, allPosts(),
                                LoadPlan.of(noLoad(POST_AUTHOR), noLoad(POST_COMMENTS), noLoad(POST_TAGS)))))));

        tour.out().println();
        tour.show(String.format("%-18s %-26s %s", "strategy", "departments + employees", "posts + author, comments (+ authors), tags"));
        for (String[] line : summary) {
            tour.show(String.format("%-18s %-26s %s", (Object[]) line));
        }
        tour.show("lazy: one statement per owner touched; an identical repeat (two posts by wendy) comes from"
                + " MyBatis's session cache");
    }

    private static Buildable<SelectModel> allDepartments() {
        return select(department.columns("")).from(department).orderBy(department.id);
    }

    private static Buildable<SelectModel> allPosts() {
        return select(post.id, post.authorId, post.title, post.body, post.createdAt, post.updatedAt).from(post).orderBy(post.id);
    }

    private static <P> List<P> load(SqlSession session, List<P> parents, LoadPlan plan) {
        return ReferenceCatalogue.loader(session).load(parents, plan);
    }

    /** Runs a departments scenario and prints each department with its employees. */
    private static void departments(Tour tour, String title, Function<SqlSession, List<Department>> query) {
        List<Department> loaded = tour.scenario(title, query);
        for (Department d : loaded) {
            tour.show(d.getName() + ": " + (d.getEmployees().isEmpty() ? "-"
                    : d.getEmployees().stream().map(Employee::getName).collect(Collectors.joining(", "))));
        }
    }

    /** Runs a posts scenario and prints each post with its author, comments and tags. */
    private static void posts(Tour tour, String title, Function<SqlSession, List<Post>> query) {
        List<Post> loaded = tour.scenario(title, query);
        for (Post p : loaded) {
            tour.show(p.getTitle() + " by " + (p.getAuthor() == null ? "-" : p.getAuthor().getUsername())
                    + "; comments: " + (p.getComments().isEmpty() ? "-" : p.getComments().stream()
                            .map(c -> (c.getAuthor() == null ? "anonymous" : c.getAuthor().getUsername()) + " '" + c.getBody() + "'")
                            .collect(Collectors.joining(", ")))
                    + "; tags: " + (p.getTags().isEmpty() ? "-" : p.getTags().stream().map(Tag::getSlug).collect(Collectors.joining(", "))));
        }
    }

    /** Runs a raise scenario: the parents load; touching a relationship inside the session throws, and says why. */
    private static <P> void raising(Tour tour, String title, Function<SqlSession, List<P>> query, Function<List<P>, Object> touch) {
        tour.scenario(title, session -> {
            List<P> loaded = query.apply(session);
            tour.show(loaded.size() + " parents; " + loaded.get(0));
            try {
                touch.apply(loaded);
                tour.show("touched without an error: the plan did not raise");
            } catch (RelationshipNotLoadedException e) {
                tour.show("touching: " + e.getMessage());
            }
            return loaded;
        });
    }

    /** Touches every lazy collection inside the session, the way a template or serializer would. */
    private static List<Department> touchDepartments(List<Department> departments) {
        departments.forEach(d -> d.getEmployees().size());
        return departments;
    }

    /** Touches every lazy relationship inside the session: author, each comment and its author, tags. */
    private static List<Post> touchPosts(List<Post> posts) {
        for (Post p : posts) {
            p.getAuthor().getUsername();
            for (Comment c : p.getComments()) {
                if (c.getAuthor() != null) {
                    c.getAuthor().getUsername();
                }
            }
            p.getTags().size();
        }
        return posts;
    }

    /** The statements a block of scenarios ran, from the tour's running total. */
    private static int count(Tour tour, Runnable scenario) {
        int before = tour.totalStatements();
        scenario.run();
        return tour.totalStatements() - before;
    }

    private static String[] row(String strategy, int departments, int posts) {
        return new String[] {strategy, String.valueOf(departments), String.valueOf(posts)};
    }
}
