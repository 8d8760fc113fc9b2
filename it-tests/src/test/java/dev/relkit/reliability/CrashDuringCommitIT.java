package dev.relkit.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relkit.Relkit;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.embedded.EmbeddedMariaDbServer;
import dev.relkit.mapper.ReferenceCatalogue;
import dev.relkit.model.blog.Tag;
import dev.relkit.session.DatabaseFailure;
import dev.relkit.session.TransactionRolledBackException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.jdbc.ScriptRunner;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The two moments of {@link SoakIT}'s crashes, made deterministic: the server is killed between a
 * unit's flush and its COMMIT, and while a unit is flushing. In both, what the caller of
 * {@link Relkit#inTransaction} gets must say what became of the transaction: a COMMIT whose connection
 * broke is a {@link TransactionRolledBackException} with {@code commitOutcomeUnknown()}, never retried;
 * a flush whose connection broke is retried in a new transaction. The pool is HikariCP, which closes
 * a connection it saw break, so the session's own rollback afterwards fails too.
 */
class CrashDuringCommitIT {

    private EmbeddedMariaDbServer server;
    private HikariDataSource pool;
    private SqlSessionFactory factory;
    private Relkit relkit;

    @BeforeEach
    void privateServerWithTheCatalogueSchema() throws Exception {
        server = EmbeddedMariaDbServer.startPrivate();
        JdbcTarget target = server.defaultDatabase();
        try (Connection connection = target.connect()) {
            ScriptRunner runner = new ScriptRunner(connection);
            runner.setLogWriter(null);
            runner.setStopOnError(true);
            try (Reader blog = new InputStreamReader(Objects.requireNonNull(getClass().getClassLoader()
                    .getResourceAsStream("dev/relkit/schema/V007__blog.sql")), StandardCharsets.UTF_8)) {
                runner.runScript(blog);
            }
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.url() + "&connectTimeout=2000&socketTimeout=15000");
        config.setUsername(target.user());
        config.setPassword(target.password());
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(2_000);
        config.setConnectionTestQuery("select 1");
        pool = new HikariDataSource(config);
        Configuration configuration = ReferenceCatalogue.newConfiguration(new Environment("crash", new JdbcTransactionFactory(), pool));
        factory = new SqlSessionFactoryBuilder().build(configuration);
        relkit = ReferenceCatalogue.relkit(configuration);
    }

    @AfterEach
    void close() {
        pool.close();
        server.close();
    }

    @Test
    void aCommitWhoseConnectionBrokeIsReportedAsOutcomeUnknownAndNotRetried() {
        AtomicInteger attempts = new AtomicInteger();

        Throwable failure = catchThrowable(() -> relkit.inTransaction(factory, 3, unit -> {
            attempts.incrementAndGet();
            unit.add(new Tag("Crash", "crash"));
            unit.flush();
            server.kill(); // the unit's COMMIT goes to a dead server
            return null;
        }));

        assertThat(attempts).as("a COMMIT of unknown outcome is never run again").hasValue(1);
        assertThat(failure).as("what the caller of inTransaction is told")
                .isInstanceOf(TransactionRolledBackException.class);
        assertThat(((TransactionRolledBackException) failure).commitOutcomeUnknown()).isTrue();
        assertThat(((TransactionRolledBackException) failure).scope()).isEqualTo(DatabaseFailure.CONNECTION);
    }

    @Test
    void aFlushWhoseConnectionBrokeIsRetriedInANewTransaction() {
        AtomicInteger attempts = new AtomicInteger();

        Throwable failure = catchThrowable(() -> relkit.inTransaction(factory, 3, unit -> {
            if (attempts.incrementAndGet() == 1) {
                unit.add(new Tag("Before", "before"));
                unit.flush();
                server.kill(); // the next flush's INSERT goes to a dead server
                server.restart();
            }
            unit.add(new Tag("Crash", "crash"));
            unit.flush();
            return null;
        }));

        assertThat(failure).as("the lost transaction was run again and committed").isNull();
        assertThat(attempts).hasValue(2);
    }
}
