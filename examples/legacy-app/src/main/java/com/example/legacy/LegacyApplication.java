package com.example.legacy;

import com.example.legacy.mapper.LegacyRelationships;
import com.example.legacy.service.StaffDirectory;
import com.example.legacy.service.StaffingService;
import dev.relkit.Relkit;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The application's start-up: MyBatis from {@link #MYBATIS_CONFIG} (a HikariCP pool, the mappers),
 * then relkit bound once to that configuration, then the services.
 *
 * <pre>{@code
 * Properties jdbc = new Properties();
 * jdbc.setProperty("jdbc.url", "jdbc:mariadb://db:3306/hr");
 * try (LegacyApplication app = LegacyApplication.start(jdbc)) {
 *     app.staffing().transfer(3, 30);
 * }
 * }</pre>
 */
public final class LegacyApplication implements AutoCloseable {

    /** The application's MyBatis configuration, a classpath resource. */
    public static final String MYBATIS_CONFIG = "com/example/legacy/mybatis-config.xml";

    /** The schema and seed scripts, classpath resources, in the order they run. */
    public static final List<String> SCRIPTS = List.of("com/example/legacy/db/schema.sql", "com/example/legacy/db/seed.sql");

    private final SqlSessionFactory sessionFactory;
    private final Relkit relkit;
    private final boolean ownsPool;

    private LegacyApplication(SqlSessionFactory sessionFactory, boolean ownsPool) {
        this.sessionFactory = sessionFactory;
        this.ownsPool = ownsPool;
        this.relkit = Relkit.builder(sessionFactory.getConfiguration(), LegacyRelationships.METAMODEL)
                .compiledResultMaps()
                .bind();
    }

    /**
     * Parses {@link #MYBATIS_CONFIG} ({@code jdbc.url}, {@code jdbc.username}, {@code jdbc.password} and
     * {@code jdbc.maximumPoolSize} in {@code jdbcProperties} override its defaults), builds every statement,
     * so that a broken mapper fails here, and binds relkit.
     *
     * @throws Relkit.RelkitBindException when a declaration in {@link LegacyRelationships} does not match the XML
     */
    public static LegacyApplication start(Properties jdbcProperties) {
        Configuration configuration;
        try (Reader reader = Resources.getResourceAsReader(MYBATIS_CONFIG)) {
            configuration = new XMLConfigBuilder(reader, null, jdbcProperties).parse();
        } catch (IOException e) {
            throw new UncheckedIOException("MyBatis configuration " + MYBATIS_CONFIG + " is not on the classpath", e);
        }
        configuration.getMappedStatementNames();
        return new LegacyApplication(new SqlSessionFactoryBuilder().build(configuration), true);
    }

    /**
     * The application on a session factory built elsewhere from {@link #MYBATIS_CONFIG} (the tests'
     * harness builds one on the test database); binds relkit to its configuration. Closing it leaves the
     * factory's data source open: it belongs to whoever built the factory.
     */
    public static LegacyApplication on(SqlSessionFactory sessionFactory) {
        return new LegacyApplication(sessionFactory, false);
    }

    public SqlSessionFactory sessionFactory() {
        return sessionFactory;
    }

    public Relkit relkit() {
        return relkit;
    }

    /** Read-side queries: departments with staff, a department's staff with skills, the reporting line. */
    public StaffDirectory staffDirectory() {
        return new StaffDirectory(relkit);
    }

    /** Write-side operations, each one unit of work and one transaction. */
    public StaffingService staffing() {
        return new StaffingService(relkit, sessionFactory);
    }

    /** Closes the HikariCP pool that {@link #start} opened. */
    @Override
    public void close() {
        if (ownsPool && sessionFactory.getConfiguration().getEnvironment().getDataSource() instanceof AutoCloseable pool) {
            try {
                pool.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the connection pool", e);
            }
        }
    }
}
