package dev.relkit.harness;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JUnit Jupiter test class that runs against MariaDB with the application's own scripts loaded.
 *
 * <p>The harness knows nothing of the application's schema: it loads the classpath scripts named
 * by {@code scripts} in {@code relkit-test.properties} on the test classpath, then this class's
 * {@link #scripts()}, and builds the session factory from {@code mybatis-config} there (or this
 * class's {@link #mybatisConfig()}), unchanged:
 *
 * <pre>{@code
 * # src/test/resources/relkit-test.properties
 * scripts = db/schema.sql, db/seed.sql
 * mybatis-config = com/example/mybatis-config.xml
 * }</pre>
 *
 * <p>Test methods, {@code @BeforeEach}/{@code @AfterEach} methods and constructors can declare
 * parameters of these types:
 * <ul>
 *   <li>{@link javax.sql.DataSource}: the recorded pool (auto-commit; writes through it stay);
 *   <li>{@link org.apache.ibatis.session.SqlSessionFactory}: the application's configuration
 *       plus {@link #mappers()} (a plain MyBatis {@code Configuration} when none is named);
 *   <li>{@link org.apache.ibatis.session.SqlSession}: one per test, auto-commit off, rolled back and
 *       closed after the test, shared by every parameter of that test;
 *   <li>any mapper interface the factory knows: that mapper on the test's {@code SqlSession};
 *   <li>{@link StatementRecorder}: counts the statements of a block;
 *   <li>{@link TestDatabase}: the database itself.
 * </ul>
 *
 * <pre>{@code
 * @RelkitTest(mappers = HeroMapper.class)
 * class HeroMapperIT {
 *     @Test
 *     void loadsHeroesWithTeamsInOneStatement(HeroMapper heroes, StatementRecorder statements) {
 *         List<Hero> all = statements.assertCount(1, heroes::selectAllWithTeams);
 *         assertThat(all).extracting(Hero::getName).containsExactly("Deadpond", "Rusty-Man");
 *     }
 * }
 * }</pre>
 *
 * <p>The server is chosen once per JVM (see {@link DatabaseChoice}): an explicit URL, else one
 * started by a provisioning artifact on the test classpath ({@code relkit-test-testcontainers},
 * {@code relkit-test-embedded}); started on first use and stopped when the test engine finishes or
 * the JVM exits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RelkitExtension.class)
public @interface RelkitTest {

    /** Mapper interfaces added to the configuration, unless it already registers them. */
    Class<?>[] mappers() default {};

    /**
     * A {@code mybatis-config.xml} as a classpath resource, replacing the default {@code mybatis-config}
     * of {@code relkit-test.properties}; empty for that default. Its environments are replaced by the
     * test database and nothing else is changed, see
     * {@link TestDatabase#newSqlSessionFactory(String, Class[])}.
     */
    String mybatisConfig() default "";

    /** Classpath SQL scripts to run after the default {@code scripts} of {@code relkit-test.properties}, in order. */
    String[] scripts() default {};

    /** Whether the class shares the JVM's database or gets one of its own. */
    Isolation isolation() default Isolation.SHARED_DATABASE;
}
