package dev.relkit.generator;

import dev.relkit.Relkit;
import dev.relkit.catalogue.sakila.SakilaDataSet;
import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.TestDatabase;
import dev.relkit.load.Load;
import dev.relkit.load.LoadPlan;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.mapper.sakila.SakilaRelationships;
import dev.relkit.relation.Attribute;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.JoinColumns;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.SqlColumn;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static dev.relkit.load.Loading.selectIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mybatis.dynamic.sql.SqlBuilder.isIn;
import static org.mybatis.dynamic.sql.SqlBuilder.select;

/**
 * The generator on Sakila: reads the live schema {@code sakila}, writes declarations, model classes,
 * dynamic-SQL support classes, mapper interfaces and XML resultMaps into a temporary directory,
 * compiles them in-process, binds them to a MyBatis configuration of their own, and checks them
 * against the hand-written {@link SakilaRelationships}: relationship by relationship (kind, join
 * columns, link table, target table) and by loading the graphs of {@code graph film|actor|customer|store}
 * for every id through both declarations, comparing every property the hand-written entities map.
 *
 * <p>The generator's rules name two relationships otherwise than the hand-written declarations
 * ({@code Store.managerStaff} after the column {@code manager_staff_id}, {@code Store.inventories} as
 * the plural of a one-to-many); the generation renames them ({@link #RENAMES}, the generator's
 * {@code --rename}), so every hand-written relationship has a generated twin of the same name.
 */
@RelkitTest
class GeneratedSakilaDeclarationsIT {

    private static final String PACKAGE = "gen.sakila";
    /** The generator's names → the hand-written ones, where its rules name otherwise. */
    private static final Map<String, String> RENAMES = Map.of("Store.managerStaff", "manager", "Store.inventories", "inventory");

    @TempDir
    static Path output;

    private static URLClassLoader generatedClasses;
    private static Relkit generated;
    private static SqlSessionFactory generatedFactory;
    private static List<Relationship<?, ?>> generatedRelationships;

    @BeforeAll
    static void generateAndCompile(TestDatabase database) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(SakilaDataSet.isAvailable(), SakilaDataSet.UNAVAILABLE);
        SakilaDataSet.loadOnce(database.jdbcTarget());

        Path java = output.resolve("java");
        Path resources = output.resolve("resources");
        SchemaGenerator.Result result = SchemaGenerator.generate(new SchemaGenerator.Settings(database.jdbcTarget().url(),
                database.jdbcTarget().user(), database.jdbcTarget().password(), "sakila", PACKAGE, null, null, null, java,
                resources, false, true, List.of(), RENAMES));
        assertThat(result.files()).contains(PACKAGE.replace('.', '/') + "/SakilaRelationships.java",
                PACKAGE.replace('.', '/') + "/Film.java", PACKAGE.replace('.', '/') + "/FilmDynamicSqlSupport.java",
                PACKAGE.replace('.', '/') + "/FilmMapper.xml");

        Path classes = output.resolve("classes");
        compile(java, classes);
        generatedClasses = new URLClassLoader(new URL[] {classes.toUri().toURL(), resources.toUri().toURL()},
                GeneratedSakilaDeclarationsIT.class.getClassLoader());
        withGeneratedClasses(() -> {
            Configuration configuration = new Configuration(new Environment("generated", new JdbcTransactionFactory(),
                    database.dataSource()));
            try (Stream<Path> mappers = Files.list(resources.resolve(PACKAGE.replace('.', '/')))) {
                for (Path xml : mappers.toList()) {
                    String mapper = xml.getFileName().toString().replace(".xml", "");
                    configuration.addMapper(generatedClasses.loadClass(PACKAGE + "." + mapper));
                }
            }
            generatedRelationships = relationships(generatedClasses.loadClass(PACKAGE + ".SakilaRelationships"));
            generated = Relkit.bind(configuration, Metamodel.of(generatedRelationships));
            generatedFactory = new DefaultSqlSessionFactory(configuration);
            return null;
        });
    }

    @AfterAll
    static void closeClassLoader() throws IOException {
        if (generatedClasses != null) {
            generatedClasses.close();
        }
    }

    @Test
    void everyHandWrittenRelationshipHasAGeneratedOneOfTheSameKindJoinAndTarget() {
        for (Relationship<?, ?> hand : SakilaRelationships.ALL) {
            Relationship<?, ?> twin = generatedTwin(hand);
            assertThat(twin.kind()).as(hand.qualifiedName()).isEqualTo(hand.kind());
            assertThat(twin.target().tableName()).as(hand.qualifiedName()).isEqualTo(hand.target().tableName());
            assertThat(twin.owner().tableName()).as(hand.qualifiedName()).isEqualTo(hand.owner().tableName());
            assertThat(columns(twin.ownerJoin())).as(hand.qualifiedName()).isEqualTo(columns(hand.ownerJoin()));
            assertThat(twin.secondary().map(t -> t.tableNameAtRuntime())).as(hand.qualifiedName())
                    .isEqualTo(hand.secondary().map(t -> t.tableNameAtRuntime()));
            assertThat(columns(twin.secondaryJoin())).as(hand.qualifiedName()).isEqualTo(columns(hand.secondaryJoin()));
            if (hand.backPopulates().isPresent()) {
                assertThat(twin.backPopulates()).as(hand.qualifiedName()).isEqualTo(hand.backPopulates());
            }
        }
    }

    @Test
    void declaresEveryForeignKeyInBothDirectionsWithDistinctRoles() {
        assertThat(generatedRelationships).hasSize(40);
        assertThat(generatedRelationships).extracting(r -> r.qualifiedName() + " " + r.kind() + " " + r.backPopulates().orElse("-"))
                .contains("Language.films ONE_TO_MANY language",
                        "Language.filmsAsOriginalLanguage ONE_TO_MANY originalLanguage",
                        "Film.originalLanguage MANY_TO_ONE filmsAsOriginalLanguage",
                        "Staff.storeAsManager ONE_TO_ONE manager",
                        "Store.manager MANY_TO_ONE storeAsManager",
                        "Category.films MANY_TO_MANY categories",
                        "Film.categories MANY_TO_MANY films");
        assertThat(generatedRelationships).filteredOn(r -> r.secondary().isPresent())
                .extracting(Relationship::qualifiedName)
                .containsExactlyInAnyOrder("Actor.films", "Film.actors", "Film.categories", "Category.films");
    }

    @Test
    void filmGraphsAreTheSame(SqlSession session) {
        assertSameGraphs(session, "film", List.of(path("language"), path("originalLanguage"), path("actors"), path("categories")));
    }

    @Test
    void actorGraphsAreTheSame(SqlSession session) {
        assertSameGraphs(session, "actor", List.of(path("films")));
    }

    @Test
    void customerGraphsAreTheSame(SqlSession session) {
        assertSameGraphs(session, "customer", List.of(
                path("address", path("city", path("country"))),
                path("store"),
                path("rentals", path("inventory", path("film")), path("staff")),
                path("payments")));
    }

    @Test
    void storeGraphsAreTheSame(SqlSession session) {
        assertSameGraphs(session, "store", List.of(
                path("manager"), path("address", path("city", path("country"))), path("staff"), path("inventory")));
    }

    // ---- graphs through both declarations ----

    /** A relationship to follow by its hand-written name, and what to follow below it. */
    private record Step(String name, List<Step> below) {
    }

    private static Step path(String name, Step... below) {
        return new Step(name, List.of(below));
    }

    private void assertSameGraphs(SqlSession session, String table, List<Step> steps) {
        Relkit handWritten = ReferenceCatalogue.relkit(session.getConfiguration());
        EntityType<?> handType = entity(SakilaRelationships.ALL, table);
        List<Object> ids = ids(session, table);
        List<Map<String, Object>> expected = graphs(handWritten, session, handType, SakilaRelationships.ALL, steps, ids, handType);

        List<Map<String, Object>> actual = withGeneratedClasses(() -> {
            try (SqlSession generatedSession = generatedFactory.openSession()) {
                EntityType<?> type = entity(generatedRelationships, table);
                return graphs(generated, generatedSession, type, generatedRelationships, steps, ids, handType);
            }
        });
        assertThat(actual).hasSameSizeAs(ids).isNotEmpty();
        // plain equality of nested maps and lists (AssertJ's recursive comparison is quadratic on graphs this size);
        // the first differing graph is compared on its own, so a failure shows one graph, not 1000
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("%s %s", table, ids.get(i)).isEqualTo(expected.get(i));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Map<String, Object>> graphs(Relkit relkit, SqlSession session, EntityType<?> type,
                                                    List<Relationship<?, ?>> relationships, List<Step> steps, List<Object> ids,
                                                    EntityType<?> handType) {
        EntityType<Object> root = (EntityType<Object>) type;
        Attribute<Object, ?> id = root.idAttributes().get(0);
        BasicColumn[] columns = root.attributes().stream().map(Attribute::column).toArray(BasicColumn[]::new);
        List<Object> keys = ids.stream().map(k -> convert(k, id.column())).toList();
        List<Object> roots = relkit.session(session).query(root,
                select(columns).from(root.table()).where((SqlColumn) id.column(), isIn((Collection) keys)).orderBy(id.column()));
        List<Load> loads = steps.stream().map(step -> load(step, root, relationships)).toList();
        relkit.loader(session, Math.max(500, roots.size())).load(roots, LoadPlan.of(loads.toArray(Load[]::new)));
        return roots.stream().map(r -> tree(r, root, relationships, steps, handType)).toList();
    }

    /** Every key of the table, by plain SQL ({@code table} is one of the four graph tables). */
    private static List<Object> ids(SqlSession session, String table) {
        List<Object> ids = new ArrayList<>();
        try (Statement statement = session.getConnection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + table + "_id FROM sakila." + table + " ORDER BY 1")) {
            while (rows.next()) {
                ids.add(rows.getObject(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static Object convert(Object key, SqlColumn<?> column) {
        Class<?> javaType = column.javaType().<Class<?>>map(c -> c).orElse(Integer.class);
        return javaType == Long.class ? ((Number) key).longValue() : ((Number) key).intValue();
    }

    private static Load load(Step step, EntityType<?> owner, List<Relationship<?, ?>> relationships) {
        Relationship<?, ?> relationship = relationship(relationships, owner, step.name());
        Load load = selectIn(relationship);
        for (Step below : step.below()) {
            load = load.with(load(below, relationship.target(), relationships));
        }
        return load;
    }

    /** The object as a map of the hand-written entity's properties, and of each followed relationship. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(Object object, EntityType<?> type, List<Relationship<?, ?>> relationships,
                                            List<Step> steps, EntityType<?> handType) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Attribute<?, ?> hand : handType.attributes()) {
            Attribute<Object, ?> attribute = (Attribute<Object, ?>) type.attributes().stream()
                    .filter(a -> a.property().equals(hand.property())).findFirst()
                    .orElseThrow(() -> new AssertionError(type.name() + " has no property " + hand.property()));
            values.put(hand.property(), normalized(attribute.get(object)));
        }
        for (Step step : steps) {
            Relationship<Object, Object> relationship = (Relationship<Object, Object>) relationship(relationships, type, step.name());
            Relationship<?, ?> handRelationship = relationship(SakilaRelationships.ALL, handType, step.name());
            Function<Object, Map<String, Object>> below = target -> target == null ? null
                    : tree(target, relationship.target(), relationships, step.below(), handRelationship.target());
            if (relationship.isCollection()) {
                values.put(step.name(), relationship.targetsOf(object).stream().map(below).toList());
            } else {
                values.put(step.name(), below.apply(relationship.getReference(object)));
            }
        }
        return values;
    }

    /** Numbers compared by value: the generated model may hold a wider type than the hand-written one. */
    private static Object normalized(Object value) {
        return value instanceof Number number && !(value instanceof BigDecimal) ? new BigDecimal(number.toString()) : value;
    }

    // ---- finding declarations ----

    private static EntityType<?> entity(List<Relationship<?, ?>> relationships, String table) {
        return relationships.stream().flatMap(r -> Stream.of(r.owner(), r.target()))
                .filter(t -> t.tableName().equals("sakila." + table)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity for sakila." + table));
    }

    /** The relationship named {@code handName} in either list (the generation renames to the hand-written names). */
    private static Relationship<?, ?> relationship(List<Relationship<?, ?>> relationships, EntityType<?> owner, String handName) {
        return relationships.stream().filter(r -> r.owner() == owner && r.name().equals(handName)).findFirst()
                .orElseThrow(() -> new AssertionError("no relationship " + owner.name() + "." + handName));
    }

    private Relationship<?, ?> generatedTwin(Relationship<?, ?> hand) {
        return generatedRelationships.stream()
                .filter(r -> r.owner().tableName().equals(hand.owner().tableName()) && r.name().equals(hand.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no generated relationship for " + hand.qualifiedName()));
    }

    private static List<String> columns(List<JoinColumns> joins) {
        return joins.stream().map(j -> j.left().name() + "=" + j.right().name()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Relationship<?, ?>> relationships(Class<?> declarations) throws ReflectiveOperationException {
        return (List<Relationship<?, ?>>) declarations.getField("ALL").get(null);
    }

    // ---- compiling and running the generated classes ----

    private static void compile(Path sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", testClassPath(), "-proc:none",
                "-Xlint:none", "-encoding", "UTF-8"));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** The test class path, the entries of a manifest-only jar (failsafe's booter) included. */
    private static String testClassPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        String declared = Objects.requireNonNullElse(System.getProperty("surefire.test.class.path"),
                System.getProperty("java.class.path"));
        for (String entry : declared.split(File.pathSeparator)) {
            entries.add(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                try (JarFile jar = new JarFile(entry)) {
                    String classPath = jar.getManifest() == null ? null
                            : jar.getManifest().getMainAttributes().getValue("Class-Path");
                    if (classPath != null) {
                        for (String url : classPath.trim().split("\\s+")) {
                            entries.add(Path.of(java.net.URI.create(url)).toString());
                        }
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** MyBatis resolves resultMap types through the context class loader. */
    private static <T> T withGeneratedClasses(ThrowingSupplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(generatedClasses);
        try {
            return work.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
