package dev.relkit.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.mybatisflex.core.FlexGlobalConfig;
import com.mybatisflex.core.MybatisFlexBootstrap;
import dev.relkit.bench.flex.FlexCategoryMapper;
import dev.relkit.bench.flex.FlexHeroMapper;
import dev.relkit.bench.flex.FlexOrderMapper;
import dev.relkit.bench.flex.FlexPostMapper;
import dev.relkit.bench.mybatis.NestedSelectMapper;
import dev.relkit.bench.mybatis.OrderWriteMapper;
import dev.relkit.bench.mybatis.StreamingMapper;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.resultmap.CompiledResultMapInterceptor;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * What a contender runs on: a data source and, each built on first use, a MyBatis session factory with
 * relkit's mappers and the benchmark's own ({@link NestedSelectMapper}), a Hibernate session factory
 * mapping relkit's model classes ({@code dev/relkit/bench/hibernate/orm.xml}) and MyBatis-Flex with
 * the bench's Flex entities (relkit's model classes with Flex relation fields, {@code bench.flex}).
 * A timed fork runs one contender, so it only builds what that contender uses (relkit's configuration
 * alone takes a second or more to build in a fresh JVM).
 *
 * <p>Timed runs use {@link #unrecorded(JdbcTarget)}, a plain HikariCP pool, so that no contender pays
 * for statement recording; the checks before timing use {@link #recorded(TestDatabase)}, whose
 * statements the harness counts.
 */
public final class BenchEnvironment implements AutoCloseable {

    /** Hibernate's batch size for lazy associations, the same as relkit's select-in chunk. */
    static final int HIBERNATE_BATCH_SIZE = 500;

    /**
     * Hibernate's JDBC batch size for writes ({@code hibernate.jdbc.batch_size}): W6's largest batch, so
     * that Hibernate batches as much as the JDBC contender does.
     */
    static final int HIBERNATE_JDBC_BATCH_SIZE = 1000;

    /** The timed pool's size unless a benchmark runs on more threads ({@link #unrecorded(JdbcTarget, int)}). */
    static final int POOL_SIZE = 2;

    private final DataSource dataSource;
    private final AutoCloseable pool;
    private SqlSessionFactory sessionFactory;
    private SqlSessionFactory mybatisMapped;
    private SessionFactory hibernate;
    private MybatisFlexBootstrap flex;

    private BenchEnvironment(DataSource dataSource, AutoCloseable pool) {
        this.dataSource = dataSource;
        this.pool = pool;
    }

    /** The harness database's recorded data source: every statement counts in {@code database.statements()}. */
    public static BenchEnvironment recorded(TestDatabase database) {
        return new BenchEnvironment(database.dataSource(), () -> { });
    }

    /** A plain pool of {@value #POOL_SIZE} connections on {@code target}, for timing. */
    public static BenchEnvironment unrecorded(JdbcTarget target) {
        return unrecorded(target, POOL_SIZE);
    }

    /** A plain HikariCP pool of {@code size} connections on {@code target}, for timing. */
    public static BenchEnvironment unrecorded(JdbcTarget target, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relkit-bench");
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(size, POOL_SIZE));
        HikariDataSource pool = new HikariDataSource(config);
        return new BenchEnvironment(pool, pool);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Builds the framework the contender named {@code contender} runs on, ahead of its first operation:
     * the names say which ({@code hibernate...} Hibernate, {@code flex...} MyBatis-Flex, {@code jdbc}
     * none, every other one MyBatis, see the README's contenders table).
     */
    void prepareFor(String contender) {
        if (contender.startsWith("hibernate")) {
            hibernate();
        } else if (contender.startsWith("flex")) {
            flex();
        } else if (contender.startsWith("mybatisJoined")) {
            mybatisMappedSessionFactory();
        } else if (!contender.equals(Workload.REFERENCE)) {
            sessionFactory();
        }
    }

    /** MyBatis with relkit's configuration and mappers plus the benchmark's. */
    public synchronized SqlSessionFactory sessionFactory() {
        if (sessionFactory == null) {
            sessionFactory = newSessionFactory(dataSource, false);
        }
        return sessionFactory;
    }

    /**
     * The same configuration with relkit's compiled resultMaps switched off
     * ({@value CompiledResultMapInterceptor#DISABLED_VARIABLE}): MyBatis maps the same statements' rows itself.
     */
    public synchronized SqlSessionFactory mybatisMappedSessionFactory() {
        if (mybatisMapped == null) {
            mybatisMapped = newSessionFactory(dataSource, true);
        }
        return mybatisMapped;
    }

    /**
     * Hibernate on the same data source, lazy associations batch-fetched {@value #HIBERNATE_BATCH_SIZE}
     * at a time (join-fetch queries fetch what they name regardless); writes batched
     * {@value #HIBERNATE_JDBC_BATCH_SIZE} at a time, inserts and updates ordered by entity so that they
     * batch.
     */
    public synchronized SessionFactory hibernate() {
        if (hibernate == null) {
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                    .applySetting("jakarta.persistence.nonJtaDataSource", dataSource)
                    .applySetting("hibernate.default_batch_fetch_size", HIBERNATE_BATCH_SIZE)
                    .applySetting("hibernate.jdbc.batch_size", HIBERNATE_JDBC_BATCH_SIZE)
                    .applySetting("hibernate.order_inserts", true)
                    .applySetting("hibernate.order_updates", true)
                    .build();
            hibernate = new MetadataSources(registry)
                    .addResource("dev/relkit/bench/hibernate/orm.xml")
                    .buildMetadata()
                    .buildSessionFactory();
        }
        return hibernate;
    }

    /** MyBatis-Flex on the same data source, with its own configuration and the bench's Flex mappers. */
    public synchronized MybatisFlexBootstrap flex() {
        if (flex == null) {
            FlexGlobalConfig.getDefaultConfig().setPrintBanner(false);
            flex = new MybatisFlexBootstrap()
                    .setDataSource(dataSource)
                    .addMapper(FlexOrderMapper.class)
                    .addMapper(FlexPostMapper.class)
                    .addMapper(FlexHeroMapper.class)
                    .addMapper(FlexCategoryMapper.class)
                    .start();
        }
        return flex;
    }

    private static SqlSessionFactory newSessionFactory(DataSource dataSource, boolean mappedByMyBatis) {
        Configuration configuration = ReferenceCatalogue.newConfiguration(
                new Environment("relkit-bench", new JdbcTransactionFactory(), dataSource));
        if (mappedByMyBatis) {
            configuration.getVariables().setProperty(CompiledResultMapInterceptor.DISABLED_VARIABLE, "true");
        }
        configuration.addMapper(NestedSelectMapper.class);
        configuration.addMapper(StreamingMapper.class);
        configuration.addMapper(OrderWriteMapper.class);
        configuration.getMappedStatementNames();
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    @Override
    public synchronized void close() throws Exception {
        if (hibernate != null) {
            hibernate.close();
        }
        pool.close();
    }
}
