package dev.relkit.harness;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JUnit Jupiter test class that runs against MariaDB with relkit's schema and seed loaded.
 *
 * <p>Test methods, {@code @BeforeEach}/{@code @AfterEach} methods and constructors can declare
 * parameters of these types:
 * <ul>
 *   <li>{@link javax.sql.DataSource}: the recorded pool (auto-commit; writes through it stay);
 *   <li>{@link org.apache.ibatis.session.SqlSessionFactory}: relkit's configuration plus
 *       {@link #mappers()}, or built from {@link #mybatisConfig()};
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
 * <p>The server is chosen once per JVM (see {@link DatabaseChoice}), started on first use and stopped
 * when the test engine finishes or the JVM exits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RelkitExtension.class)
public @interface RelkitTest {

    /** The application's mapper interfaces, added to the configuration after relkit's. */
    Class<?>[] mappers() default {};

    /**
     * The application's {@code mybatis-config.xml} as a classpath resource, or empty for relkit's
     * configuration. Its environments are replaced by the test database; relkit's settings are
     * applied over its own, see {@link TestDatabase#newSqlSessionFactory(String, Class[])}.
     */
    String mybatisConfig() default "";

    /** Classpath SQL scripts to run after relkit's schema and seed, in order. */
    String[] scripts() default {};

    /** Whether the class shares the JVM's database or gets one of its own. */
    Isolation isolation() default Isolation.SHARED_DATABASE;
}
