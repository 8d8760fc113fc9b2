package dev.relkit.bind;

import dev.relkit.Relkit;
import dev.relkit.harness.RelkitTest;
import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.blog.PostMapper;
import dev.relkit.mapper.company.DepartmentMapper;
import dev.relkit.mapper.hero.HeroMapper;
import dev.relkit.mapper.order.OrderMapper;
import dev.relkit.model.blog.Comment;
import dev.relkit.model.blog.Post;
import dev.relkit.model.blog.Tag;
import dev.relkit.model.company.Department;
import dev.relkit.model.company.Employee;
import dev.relkit.model.hero.Hero;
import dev.relkit.model.hero.Team;
import dev.relkit.model.order.Order;
import dev.relkit.model.order.OrderItem;
import dev.relkit.session.RelkitSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static dev.relkit.load.Loading.joined;
import static dev.relkit.load.Loading.lazy;
import static dev.relkit.load.Loading.selectIn;
import static dev.relkit.load.Loading.subquery;
import static dev.relkit.mapper.blog.BlogRelationships.COMMENT_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_AUTHOR;
import static dev.relkit.mapper.blog.BlogRelationships.POST_COMMENTS;
import static dev.relkit.mapper.blog.BlogRelationships.POST_TAGS;
import static dev.relkit.mapper.blog.BlogRelationships.TAG_POSTS;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEES;
import static dev.relkit.mapper.company.CompanyRelationships.EMPLOYEE_DEPARTMENT;
import static dev.relkit.mapper.company.CompanyRelationships.MANAGER;
import static dev.relkit.mapper.company.CompanyRelationships.SUBORDINATES;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEMS;
import static dev.relkit.mapper.order.OrderRelationships.ORDER_ITEM_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * relkit's promise that after {@link Relkit#bind} nothing writes to MyBatis's {@code Configuration}:
 * 16 threads load with many different plans (each plan a statement shape relkit generates on first
 * use) and flush units of work, all at once, on a binding made just before. Every graph must equal
 * the one a single thread loads, no call may fail, and the configuration's statements, resultMaps,
 * fragments and plugins must be exactly those it had when {@code bind} returned.
 */
@RelkitTest
class ConcurrentLoadingIT {

    private static final int THREADS = 16;
    private static final int TASKS_PER_THREAD = 12;

    /** Each plan with the graph signature it is compared by. */
    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("posts: author, comments with authors, tags", (relkit, session) -> signature(posts(relkit, session,
                    LoadPlan.of(selectIn(POST_AUTHOR), selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR), selectIn(POST_TAGS))))),
            new Scenario("posts: comments select-in with authors select-in", (relkit, session) -> signature(posts(relkit, session,
                    LoadPlan.of(selectIn(POST_AUTHOR), selectIn(POST_COMMENTS).selectIn(COMMENT_AUTHOR), selectIn(POST_TAGS))))),
            new Scenario("posts: tags with their posts joined", (relkit, session) -> signature(posts(relkit, session,
                    LoadPlan.of(selectIn(POST_AUTHOR), selectIn(POST_COMMENTS).joined(COMMENT_AUTHOR),
                            selectIn(POST_TAGS).joined(TAG_POSTS))))),
            new Scenario("posts: lazy, touched", (relkit, session) -> signature(posts(relkit, session,
                    LoadPlan.of(lazy(POST_AUTHOR), lazy(POST_COMMENTS), selectIn(POST_TAGS))))),
            new Scenario("departments: employees with managers joined", (relkit, session) -> departments(relkit, session,
                    LoadPlan.of(selectIn(EMPLOYEES).joined(MANAGER)))),
            new Scenario("departments: employees with their department joined", (relkit, session) -> departments(relkit, session,
                    LoadPlan.of(selectIn(EMPLOYEES).joined(EMPLOYEE_DEPARTMENT)))),
            new Scenario("departments: employees and their subordinates", (relkit, session) -> departments(relkit, session,
                    LoadPlan.of(selectIn(EMPLOYEES).selectIn(SUBORDINATES)))),
            new Scenario("departments: subquery", (relkit, session) -> {
                List<Department> loaded = relkit.loader(session).query(
                        dev.relkit.mapper.company.CompanyRelationships.DEPARTMENT,
                        org.mybatis.dynamic.sql.SqlBuilder.select(dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department.allColumns())
                                .from(dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department)
                                .orderBy(dev.relkit.mapper.company.DepartmentDynamicSqlSupport.department.id),
                        LoadPlan.of(subquery(EMPLOYEES)));
                return departmentSignature(loaded);
            }),
            new Scenario("orders: items with their item joined", (relkit, session) -> orders(relkit, session,
                    LoadPlan.of(selectIn(ORDER_ITEMS).joined(ORDER_ITEM_ITEM)))),
            new Scenario("orders: items, then items by select-in", (relkit, session) -> orders(relkit, session,
                    LoadPlan.of(selectIn(ORDER_ITEMS).selectIn(ORDER_ITEM_ITEM)))),
            new Scenario("unit of work: a team and two heroes inserted, read back, rolled back", ConcurrentLoadingIT::flush));

    @Test
    void bindRegistersOnceAndLoadingAddsNothingToTheConfiguration(SqlSessionFactory factory) throws Exception {
        Relkit relkit = ReferenceCatalogue.relkit(factory.getConfiguration());
        ConfigurationState bound = ConfigurationState.of(factory.getConfiguration());

        Relkit again = Relkit.bind(factory.getConfiguration(), relkit.metamodel());
        try (SqlSession session = factory.openSession()) {
            for (Scenario scenario : SCENARIOS) {
                scenario.run().apply(relkit, session);
            }
        }

        assertThat(ConfigurationState.of(factory.getConfiguration())).isEqualTo(bound);
        assertThat(again).isNotSameAs(relkit);
        assertThat(relkit.generatedStatements().size()).as("statements generated for the plans").isGreaterThan(5);
    }

    @RepeatedTest(3)
    void sixteenThreadsLoadAndFlushOnAFreshBindingWithoutTouchingTheConfiguration(SqlSessionFactory factory)
            throws Exception {
        Configuration configuration = factory.getConfiguration();
        ReferenceCatalogue.relkit(configuration); // the configuration's start-up binding (carriers, plugin)
        Map<String, String> expected = expectedSignatures(factory);

        // a new binding has generated nothing yet: every thread races to generate the same shapes
        Relkit fresh = Relkit.bind(configuration, ReferenceCatalogue.metamodel());
        ConfigurationState bound = ConfigurationState.of(configuration);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int thread = 0; thread < THREADS; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int task = 0; task < TASKS_PER_THREAD; task++) {
                        Scenario scenario = SCENARIOS.get((offset + task) % SCENARIOS.size());
                        try (SqlSession session = factory.openSession(false)) {
                            String actual = scenario.run().apply(fresh, session);
                            if (!actual.equals(expected.get(scenario.name()))) {
                                mismatches.add(scenario.name() + ": " + actual);
                            }
                            session.rollback(true);
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).as("graphs that differ from a single thread's").isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(ConfigurationState.of(configuration)).isEqualTo(bound);
        assertThat(fresh.generatedStatements().size()).isGreaterThan(5);
    }

    private static Map<String, String> expectedSignatures(SqlSessionFactory factory) throws Exception {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        for (Scenario scenario : SCENARIOS) {
            try (SqlSession session = factory.openSession(false)) {
                expected.put(scenario.name(), scenario.run().apply(ReferenceCatalogue.relkit(factory.getConfiguration()), session));
                session.rollback(true);
            }
        }
        return expected;
    }

    // -- scenarios: each returns a text that differs when the graph differs

    private static List<Post> posts(Relkit relkit, SqlSession session, LoadPlan plan) {
        return relkit.loader(session).load(session.getMapper(PostMapper.class).selectAll(), plan);
    }

    private static String signature(List<Post> posts) {
        return posts.stream().sorted(Comparator.comparing(Post::getId)).map(post -> post.getId() + " by "
                        + post.getAuthor().getUsername() + " comments " + post.getComments().stream()
                        .map(comment -> comment.getId() + "/" + (comment.getAuthor() == null ? "#" + comment.getAuthorId() : comment.getAuthor().getUsername())).toList()
                        + " tags " + post.getTags().stream().map(Tag::getName).sorted().toList()
                        + " tagged posts " + post.getTags().stream().flatMap(tag -> tag.getPosts() == null
                                ? java.util.stream.Stream.<Post>empty() : tag.getPosts().stream())
                        .map(Post::getId).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.joining("; "));
    }

    private static String departments(Relkit relkit, SqlSession session, LoadPlan plan) {
        return departmentSignature(relkit.loader(session).load(session.getMapper(DepartmentMapper.class).selectAll(), plan));
    }

    private static String departmentSignature(List<Department> departments) {
        return departments.stream().sorted(Comparator.comparing(Department::getId)).map(department ->
                        department.getId() + " " + department.getName() + " " + department.getEmployees().stream()
                                .map(ConcurrentLoadingIT::employee).toList())
                .collect(Collectors.joining("; "));
    }

    private static String employee(Employee employee) {
        return employee.getId() + " " + employee.getName() + " manager "
                + (employee.getManager() == null ? "#" + employee.getManagerId() : employee.getManager().getName())
                + " subordinates " + (employee.getSubordinates() == null ? "-"
                : employee.getSubordinates().stream().map(Employee::getId).sorted().toList());
    }

    private static String orders(Relkit relkit, SqlSession session, LoadPlan plan) {
        List<Order> orders = relkit.loader(session).load(session.getMapper(OrderMapper.class).selectAll(), plan);
        return orders.stream().sorted(Comparator.comparing(Order::getId)).map(order -> order.getId() + " "
                        + order.getOrderItems().stream().map(ConcurrentLoadingIT::line).toList())
                .collect(Collectors.joining("; "));
    }

    private static String line(OrderItem line) {
        return line.getQuantity() + "x" + line.getItem().getDescription();
    }

    /** Inserts a team and two heroes, reads them back in the same transaction, rolls back; the caller closes the session. */
    private static String flush(Relkit relkit, SqlSession session) {
        RelkitSession unit = relkit.session(session);
        String unique = java.util.UUID.randomUUID().toString().substring(0, 8); // names are unique in the schema
        Team team = new Team("Concurrent " + unique, "Thread " + Thread.currentThread().getId());
        Hero first = new Hero("First " + unique, "One", 30);
        Hero second = new Hero("Second " + unique, "Two", 40);
        first.setWinterTeam(team);
        second.setWinterTeam(team);
        unit.add(first);
        unit.add(second);
        unit.flush();
        List<String> written = session.getMapper(HeroMapper.class).selectAll().stream()
                .filter(hero -> team.getId().equals(hero.getWinterTeamId())).map(hero -> hero.getName().replace(unique, "")).sorted().toList();
        session.rollback(true);
        unit.rollback();
        return "team " + (team.getId() != null) + " heroes " + written;
    }

    private record Scenario(String name, ThrowingFunction run) {
    }

    @FunctionalInterface
    private interface ThrowingFunction {
        String apply(Relkit relkit, SqlSession session) throws Exception;
    }

    /** What the test compares of a configuration: every registry MyBatis fills at start-up. */
    private record ConfigurationState(Set<String> statements, Set<String> resultMaps, Set<String> fragments,
                                      List<String> interceptors, Set<String> parameterMaps, Set<String> keyGenerators) {
        static ConfigurationState of(Configuration configuration) {
            return new ConfigurationState(new TreeSet<>(configuration.getMappedStatementNames()),
                    new TreeSet<>(configuration.getResultMapNames()),
                    new TreeSet<>(configuration.getSqlFragments().keySet()),
                    configuration.getInterceptors().stream().map(i -> i.getClass().getName()).toList(),
                    new TreeSet<>(configuration.getParameterMapNames()),
                    new TreeSet<>(configuration.getKeyGeneratorNames()));
        }
    }
}
