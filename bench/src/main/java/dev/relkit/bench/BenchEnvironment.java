package dev.relkit.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relkit.bench.mybatis.NestedSelectMapper;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.TestDatabase;
import dev.relkit.mapper.RelkitMappers;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * What a contender runs on: a data source and a MyBatis session factory with relkit's mappers and the
 * benchmark's own ({@link NestedSelectMapper}).
 *
 * <p>Timed runs use {@link #unrecorded(JdbcTarget)}, a plain HikariCP pool, so that no contender pays
 * for statement recording; the checks before timing use {@link #recorded(TestDatabase)}, whose
 * statements the harness counts.
 */
public record BenchEnvironment(DataSource dataSource, SqlSessionFactory sessionFactory, AutoCloseable resources)
        implements AutoCloseable {

    /** The harness database's recorded data source: every statement counts in {@code database.statements()}. */
    public static BenchEnvironment recorded(TestDatabase database) {
        return new BenchEnvironment(database.dataSource(), newSessionFactory(database.dataSource()), () -> { });
    }

    /** A plain pool on {@code target}, for timing. */
    public static BenchEnvironment unrecorded(JdbcTarget target) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relkit-bench");
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(config);
        return new BenchEnvironment(pool, newSessionFactory(pool), pool);
    }

    private static SqlSessionFactory newSessionFactory(DataSource dataSource) {
        Configuration configuration = RelkitMappers.newConfiguration(
                new Environment("relkit-bench", new JdbcTransactionFactory(), dataSource));
        configuration.addMapper(NestedSelectMapper.class);
        configuration.getMappedStatementNames();
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
