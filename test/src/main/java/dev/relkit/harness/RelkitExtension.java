package dev.relkit.harness;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The JUnit Jupiter extension behind {@link RelkitTest}: resolves the parameters listed there.
 *
 * <p>Lifetimes: the server is shared by the whole engine run (root store); a class's database and
 * session factory belong to the nearest enclosing class annotated with {@link RelkitTest} (so
 * {@code @Nested} classes share their outer class's); a {@link SqlSession} belongs to one test and
 * is rolled back and closed after it, after any {@code @AfterEach} method.
 *
 * <p>Registering this extension with {@code @ExtendWith} on a class without {@link RelkitTest} uses
 * the annotation's defaults.
 */
public final class RelkitExtension implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(RelkitExtension.class);
    private static final List<Class<?>> RESOLVED_TYPES = List.of(
            DataSource.class, SqlSessionFactory.class, SqlSession.class, StatementRecorder.class, TestDatabase.class);

    /** Constructors get the test's own context, so a constructor can take the test's SqlSession. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
        Class<?> type = parameterContext.getParameter().getType();
        if (RESOLVED_TYPES.contains(type)) {
            return true;
        }
        return type.isInterface()
                && classResources(context).sqlSessionFactory().getConfiguration().hasMapper(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        Class<?> type = parameterContext.getParameter().getType();
        ClassResources resources = classResources(context);
        if (type == DataSource.class) {
            return resources.database().dataSource();
        }
        if (type == SqlSessionFactory.class) {
            return resources.sqlSessionFactory();
        }
        if (type == StatementRecorder.class) {
            return resources.database().statements();
        }
        if (type == TestDatabase.class) {
            return resources.database();
        }
        SqlSession session = testSession(context, resources, parameterContext);
        return type == SqlSession.class ? session : session.getMapper(type);
    }

    private static SqlSession testSession(ExtensionContext context, ClassResources resources,
            ParameterContext parameterContext) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("A " + parameterContext.getParameter().getType().getSimpleName()
                    + " lives for one test, so " + parameterContext.getDeclaringExecutable()
                    + " cannot take one: declare it on a test method, an @BeforeEach/@AfterEach method, or"
                    + " the constructor of a class with the default per-method lifecycle");
        }
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(RolledBackSession.class,
                        key -> new RolledBackSession(resources.sqlSessionFactory().openSession(false)),
                        RolledBackSession.class)
                .session();
    }

    private static ClassResources classResources(ExtensionContext context) {
        ExtensionContext owner = annotatedClassContext(context);
        RelkitTest settings = owner.getTestClass()
                .flatMap(testClass -> AnnotationSupport.findAnnotation(testClass, RelkitTest.class))
                .orElse(null);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(ClassResources.class,
                key -> ClassResources.create(sharedServer(context), settings), ClassResources.class);
    }

    /** The nearest class-level context annotated with @RelkitTest, else the nearest class-level one. */
    private static ExtensionContext annotatedClassContext(ExtensionContext context) {
        ExtensionContext nearestClass = null;
        for (Optional<ExtensionContext> candidate = Optional.of(context); candidate.isPresent();
                candidate = candidate.get().getParent()) {
            ExtensionContext current = candidate.get();
            if (current.getTestMethod().isPresent() || current.getTestClass().isEmpty()) {
                continue;
            }
            if (nearestClass == null) {
                nearestClass = current;
            }
            if (AnnotationSupport.findAnnotation(current.getRequiredTestClass(), RelkitTest.class).isPresent()) {
                return current;
            }
        }
        if (nearestClass == null) {
            throw new ParameterResolutionException("RelkitExtension resolves parameters of test classes only");
        }
        return nearestClass;
    }

    private static SharedServer sharedServer(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedServer.class, key -> SharedServer.acquire(), SharedServer.class);
    }

    /** A class's database (its own, or a shared one) and its session factory. */
    private record ClassResources(TestDatabase database, boolean ownsDatabase, SqlSessionFactory sqlSessionFactory)
            implements AutoCloseable {

        static ClassResources create(SharedServer shared, RelkitTest settings) {
            List<String> extraScripts = settings == null ? List.of() : Arrays.asList(settings.scripts());
            List<String> scripts = TestDatabase.defaultScriptsAnd(extraScripts);
            boolean ownDatabase = settings != null && settings.isolation() == Isolation.OWN_DATABASE;
            TestDatabase database = ownDatabase
                    ? TestDatabase.createOwnDatabase(shared.server(), scripts, true)
                    : shared.database(scripts);
            try {
                String config = settings == null || settings.mybatisConfig().isEmpty()
                        ? TestDefaults.load().mybatisConfig().orElse(null) : settings.mybatisConfig();
                List<Class<?>> mappers = settings == null ? List.of() : Arrays.asList(settings.mappers());
                return new ClassResources(database, ownDatabase, database.sharedSqlSessionFactory(config, mappers));
            } catch (RuntimeException e) {
                if (ownDatabase) {
                    database.close();
                }
                throw e;
            }
        }

        /** Drops the class's own database; shared ones live until the server closes. */
        @Override
        public void close() {
            if (ownsDatabase) {
                database.close();
            }
        }
    }

    /** A test's session: rolled back (even when not dirty) and closed when the test's store closes. */
    private record RolledBackSession(SqlSession session) implements AutoCloseable {

        @Override
        public void close() {
            try {
                session.rollback(true);
            } finally {
                session.close();
            }
        }
    }
}
