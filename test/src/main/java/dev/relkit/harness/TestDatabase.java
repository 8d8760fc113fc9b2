package dev.relkit.harness;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;


import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * A MariaDB database loaded with the application's own scripts, and nothing else: a recorded
 * connection pool on it, and MyBatis session factories built from the application's own
 * configuration. The scripts are those named by {@code scripts} in {@value TestDefaults#RESOURCE} on
 * the test classpath, followed by any the caller adds; the harness creates no table of its own in
 * the database.
 *
 * <p>Outside JUnit (the demo, a main method), start one and close it in {@code finally}, or with
 * try-with-resources:
 *
 * <pre>{@code
 * try (TestDatabase database = TestDatabase.start()) {
 *     SqlSessionFactory factory = database.newSqlSessionFactory();
 *     try (var echo = database.statements().echoTo(System.out);
 *          SqlSession session = factory.openSession()) {
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>Which server {@link #start(String...)} uses is decided by {@link DatabaseChoice#fromSystem()}.
 * Closing a database from {@code start} closes its pool and stops the server it started (a server
 * named by explicit URL is left running); if the JVM exits without closing, a shutdown hook stops
 * the server. JUnit tests use {@link RelkitTest} instead, which shares one server per JVM.
 *
 * <p>Connections from {@link #dataSource()} are ordinary auto-commit connections: what a test
 * writes through them stays. Tests isolate themselves with the rolled-back {@code SqlSession} the
 * extension hands out, or a database of their own ({@link Isolation#OWN_DATABASE}) whose rows
 * {@link #restoreRows()} puts back cheaply between tests.
 *
 * <p>Errors never show a password: URLs in messages and logs are {@link JdbcTarget#maskedUrl() masked}.
 */
public final class TestDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MariaDbServer server;
    private final boolean ownsServer;
    private final JdbcTarget target;
    private final String name;
    private final boolean ownsDatabase;
    private final List<String> scripts;
    private final String serverVersion;
    private final boolean keepsRowSnapshot;
    private volatile RowSnapshot rowSnapshot;
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final StatementRecorder statements = new StatementRecorder();
    private final Map<FactoryKey, SqlSessionFactory> sharedFactories = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private TestDatabase(MariaDbServer server, boolean ownsServer, JdbcTarget target, boolean ownsDatabase,
            List<String> scripts, boolean keepsRowSnapshot) {
        this.server = server;
        this.ownsServer = ownsServer;
        this.target = target;
        this.name = target.database().orElseThrow();
        this.ownsDatabase = ownsDatabase;
        this.scripts = List.copyOf(scripts);
        this.keepsRowSnapshot = keepsRowSnapshot;
        this.serverVersion = loadScripts();
        this.pool = newPool(target, name);
        this.dataSource = ProxyDataSourceBuilder.create("relkit-" + name, pool)
                .listener(statements.queryListener())
                .buildProxy();
    }

    /**
     * Starts a server chosen by {@link DatabaseChoice#fromSystem()} and loads
     * the default scripts (see {@link TestDefaults}) followed by {@code extraScripts} (classpath resources)
     * into its default database. The caller must {@link #close()} it.
     *
     * @throws TestDatabaseException when the server does not start or answer, naming it
     * @throws SqlScriptException when a script is missing or fails, naming the script
     */
    public static TestDatabase start(String... extraScripts) {
        return start(DatabaseChoice.fromSystem(), extraScripts);
    }

    /** As {@link #start(String...)}, on the server {@code choice} names. */
    public static TestDatabase start(DatabaseChoice choice, String... extraScripts) {
        return startWithScripts(choice, defaultScriptsAnd(Arrays.asList(extraScripts)));
    }

    /**
     * Starts the server {@code choice} names and loads exactly {@code scripts} (classpath resources,
     * in order): for example a schema without seed rows, for a caller that creates
     * its own rows. The caller must {@link #close()} it.
     *
     * @throws TestDatabaseException when the server does not start or answer, naming it
     * @throws SqlScriptException when a script is missing or fails, naming the script
     */
    public static TestDatabase startWithScripts(DatabaseChoice choice, List<String> scripts) {
        SqlScripts.requireAllPresent(scripts);
        LOG.info("relkit test database: starting {}", choice);
        MariaDbServer server = MariaDbServer.start(choice);
        try {
            TestDatabase database = new TestDatabase(server, true, server.defaultDatabase(), false, scripts, false);
            LOG.info("relkit test database: {} on {}, MariaDB {}", database.name, server.description(),
                    database.serverVersion);
            return database;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The server's default database loaded with {@code scripts}; closing it leaves the server running. */
    static TestDatabase onDefaultDatabase(MariaDbServer server, List<String> scripts) {
        return new TestDatabase(server, false, server.defaultDatabase(), false, scripts, false);
    }

    /** As {@link #createOwnDatabase(MariaDbServer, List, boolean)} without a row snapshot. */
    static TestDatabase createOwnDatabase(MariaDbServer server, List<String> scripts) {
        return createOwnDatabase(server, scripts, false);
    }

    /**
     * A new database {@code relkit_<random>} on the server loaded with {@code scripts}; closing it drops
     * the database. If loading fails, the database is dropped before the exception is thrown. With
     * {@code keepRowSnapshot}, the loaded rows are copied into {@code relkit_<random>_rows} (dropped with
     * it) for {@link #restoreRows()}.
     */
    static TestDatabase createOwnDatabase(MariaDbServer server, List<String> scripts, boolean keepRowSnapshot) {
        SqlScripts.requireAllPresent(scripts);
        byte[] suffix = new byte[6];
        RANDOM.nextBytes(suffix);
        String name = "relkit_" + HexFormat.of().formatHex(suffix);
        execute(server.defaultDatabase(), "create database `" + name + "`");
        try {
            return new TestDatabase(server, false, server.defaultDatabase().withDatabase(name), true, scripts,
                    keepRowSnapshot);
        } catch (RuntimeException e) {
            dropQuietly(server.defaultDatabase(), name);
            if (keepRowSnapshot) {
                dropQuietly(server.defaultDatabase(), RowSnapshot.copyName(name));
            }
            throw e;
        }
    }

    /** The test classpath's default scripts ({@link TestDefaults}) followed by {@code extraScripts}. */
    static List<String> defaultScriptsAnd(List<String> extraScripts) {
        return Stream.concat(TestDefaults.load().scripts().stream(), extraScripts.stream()).toList();
    }

    /** The pooled data source; every statement run through it is seen by {@link #statements()}. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Records, counts and echoes the statements run through {@link #dataSource()}. */
    public StatementRecorder statements() {
        return statements;
    }

    /**
     * A new session factory from a plain MyBatis {@code Configuration} on
     * {@link #dataSource()}, plus the given mapper interfaces.
     */
    public SqlSessionFactory newSqlSessionFactory(Class<?>... mappers) {
        return build(null, List.of(mappers));
    }

    /**
     * A new session factory from the application's own MyBatis configuration XML (a classpath
     * resource), unchanged (the harness adds no setting, plugin or mapper of its own), plus the given
     * mapper interfaces unless the XML already registers them. The XML's environments are replaced by
     * {@link #dataSource()}.
     *
     * <p>Every mapped statement is built before this returns, so a mapper XML with a dangling
     * reference (an {@code <include>}, {@code resultMap} or cache ref that does not resolve) fails here.
     *
     * @throws TestDatabaseException naming the resource when it is missing or does not parse
     */
    public SqlSessionFactory newSqlSessionFactory(String mybatisConfigResource, Class<?>... mappers) {
        return build(mybatisConfigResource, List.of(mappers));
    }

    /** A session factory shared by every caller asking for the same configuration and mappers. */
    SqlSessionFactory sharedSqlSessionFactory(String mybatisConfigResource, List<Class<?>> mappers) {
        return sharedFactories.computeIfAbsent(new FactoryKey(mybatisConfigResource, List.copyOf(mappers)),
                key -> build(key.mybatisConfigResource(), key.mappers()));
    }

    /**
     * Runs the scripts again: for a test that changed the schema (DDL). Tables that the scripts do not
     * drop and create stay as they are. It costs as much as the first load; for tests that only
     * commit rows, {@link #restoreRows()} is far cheaper.
     */
    public void reloadScripts() {
        loadScripts();
    }

    /**
     * Puts back the rows the scripts left, in the tables whose rows or auto-increment counter changed
     * since: for tests that commit. Classes with {@link Isolation#OWN_DATABASE} call it in
     * {@code @BeforeEach}. When nothing changed it costs two queries; a changed table is truncated and
     * refilled from a copy taken after the scripts ran, with foreign-key checks off, and its
     * auto-increment counter is reset, so generated ids repeat.
     *
     * <p>Rows only: tables, views or columns a test created, dropped or altered stay as the test left
     * them; use {@link #reloadScripts()} after DDL.
     *
     * @return the tables whose rows were put back, in name order
     * @throws IllegalStateException when this database keeps no copy of its rows: only databases
     *     created for one class ({@link Isolation#OWN_DATABASE}) do
     * @throws TestDatabaseException when the server fails, naming the database
     */
    public List<String> restoreRows() {
        RowSnapshot snapshot = rowSnapshot;
        if (snapshot == null) {
            throw new IllegalStateException("Database " + name + " keeps no copy of its rows to restore: only a"
                    + " class's own database (Isolation.OWN_DATABASE) does; use reloadScripts() here");
        }
        try (Connection connection = target.connect()) {
            List<String> restored = snapshot.restore(connection);
            LOG.debug("Restored the rows of {} in {}", restored, name);
            return restored;
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not restore the rows of database " + name + " on "
                    + server.description() + ": " + JdbcTarget.mask(e.getMessage()), e);
        }
    }

    /** The database's name: {@code relkit} on a provisioned server, the explicit URL's database, or {@code relkit_<random>}. */
    public String name() {
        return name;
    }

    /**
     * The JDBC URL of this database (user and password are the harness's, see {@link DatabaseChoice}).
     * It may hold a password the caller wrote into it: print {@link JdbcTarget#maskedUrl()} instead.
     */
    public String jdbcUrl() {
        return target.url();
    }

    /**
     * This database's URL with the user and password the harness logs in with, for tools that
     * connect on their own (such as the {@code mariadb} command-line client).
     */
    public JdbcTarget jdbcTarget() {
        return target;
    }

    /** What {@code select version()} returned, e.g. {@code 11.4.5-MariaDB}. */
    public String serverVersion() {
        return serverVersion;
    }

    /** The classpath scripts loaded into this database, in order. */
    public List<String> scripts() {
        return scripts;
    }

    MariaDbServer server() {
        return server;
    }

    /**
     * Closes the pool; drops the database if it was created for this instance; stops the server if
     * {@link #start(String...)} started it. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            pool.close();
            if (ownsDatabase) {
                dropQuietly(server.defaultDatabase(), name);
            }
            if (rowSnapshot != null) {
                dropQuietly(server.defaultDatabase(), RowSnapshot.copyName(name));
            }
        } finally {
            if (ownsServer) {
                server.close();
            }
        }
    }

    @Override
    public String toString() {
        return "TestDatabase " + name + " on " + server.description();
    }

    private SqlSessionFactory build(String mybatisConfigResource, List<Class<?>> mappers) {
        Environment environment = new Environment("relkit-test", new JdbcTransactionFactory(), dataSource);
        Configuration configuration;
        if (mybatisConfigResource == null) {
            configuration = new Configuration(environment);
        } else {
            configuration = parse(mybatisConfigResource);
            configuration.setEnvironment(environment);
        }
        for (Class<?> mapper : mappers) {
            if (!configuration.hasMapper(mapper)) {
                configuration.addMapper(mapper);
            }
        }
        try {
            configuration.getMappedStatementNames();
        } catch (RuntimeException e) {
            throw new TestDatabaseException("MyBatis configuration " + (mybatisConfigResource == null
                    ? "" : "from " + mybatisConfigResource + " ") + "with mappers " + mappers
                    + " has a statement that does not build: " + e.getMessage(), e);
        }
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    private static Configuration parse(String mybatisConfigResource) {
        try (Reader reader = Resources.getResourceAsReader(mybatisConfigResource)) {
            return new XMLConfigBuilder(reader).parse();
        } catch (IOException e) {
            throw new TestDatabaseException("MyBatis configuration " + mybatisConfigResource
                    + " is not on the classpath: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TestDatabaseException("MyBatis configuration " + mybatisConfigResource
                    + " does not parse: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the scripts on a connection of its own (not recorded), copies the rows if this database
     * keeps a snapshot, and returns the server version.
     */
    private String loadScripts() {
        String where = "database " + name + " on " + server.description() + " (" + target.maskedUrl() + ")";
        Connection connection;
        try {
            connection = target.connect();
        } catch (SQLException e) {
            throw new TestDatabaseException(ConnectionFailure.describe(target, e), e);
        }
        try (connection) {
            SqlScripts.run(connection, where, scripts);
            if (keepsRowSnapshot) {
                rowSnapshot = RowSnapshot.take(connection, name);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet version = statement.executeQuery("select version()")) {
                version.next();
                return version.getString(1);
            }
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not prepare " + where + ": " + JdbcTarget.mask(e.getMessage()), e);
        }
    }

    private static HikariDataSource newPool(JdbcTarget target, String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("relkit-" + name);
        config.setJdbcUrl(target.url());
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(5);
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }

    private static void execute(JdbcTarget target, String sql) {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not run '" + sql + "' on " + target.maskedUrl() + ": "
                    + JdbcTarget.mask(e.getMessage()), e);
        }
    }

    private static void dropQuietly(JdbcTarget server, String database) {
        try {
            execute(server, "drop database if exists `" + database + "`");
        } catch (TestDatabaseException e) {
            LOG.warn("Could not drop test database {}: {}", database, e.getMessage());
        }
    }

    private record FactoryKey(String mybatisConfigResource, List<Class<?>> mappers) {
    }
}
