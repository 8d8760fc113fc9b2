package dev.relkit.demo.tour;

import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.RecordedStatement;
import dev.relkit.harness.StatementListener;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.harness.TestDatabase;
import org.apache.ibatis.jdbc.ScriptRunner;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Function;

/**
 * What a {@link TourSection} runs against: sessions on the tour's database, with every statement
 * echoed with its parameters (SQLAlchemy's {@code echo=True}) and counted per scenario.
 */
public final class Tour {

    private final TestDatabase database;
    private final SqlSessionFactory sessionFactory;
    private final PrintStream out;
    private int totalStatements;

    Tour(TestDatabase database, SqlSessionFactory sessionFactory, PrintStream out) {
        this.database = database;
        this.sessionFactory = sessionFactory;
        this.out = out;
    }

    public PrintStream out() {
        return out;
    }

    /**
     * Runs one scenario in its own session and transaction (committed at the end, so later scenarios
     * see its rows), echoing each statement and ending with the scenario's statement count.
     */
    public <T> T scenario(String title, Function<SqlSession, T> block) {
        out.println();
        out.println("-- " + title);
        StatementRecorder statements = database.statements();
        try (SqlSession session = sessionFactory.openSession(false);
             StatementListener.Registration echo = statements.addListener(this::echo);
             StatementRecorder.Recording recording = statements.startRecording()) {
            T result = block.apply(session);
            session.commit();
            int count = recording.statements().size();
            totalStatements += count;
            out.println("   => " + count + (count == 1 ? " statement" : " statements"));
            return result;
        }
    }

    /** The tour database's URL and login, for sections that load data with their own tools. */
    public JdbcTarget jdbcTarget() {
        return database.jdbcTarget();
    }

    /** Prints a result line of a scenario. */
    public void show(String line) {
        out.println("   " + line);
    }

    /** Runs a seed script (a classpath resource) without echoing it: the rows a section starts from. */
    public void runSeed(String resource) {
        try (Connection connection = database.dataSource().getConnection();
             Reader reader = Resources.getResourceAsReader(resource)) {
            ScriptRunner runner = new ScriptRunner(connection);
            runner.setLogWriter(null);
            runner.setStopOnError(true);
            runner.runScript(reader);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Seed script " + resource + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a seed script unless {@code table} already has rows: for sections that show queries over
     * another section's domain, which may have created those rows already.
     *
     * @return whether the seed ran (so the section knows it owns those rows)
     */
    public boolean runSeedIfEmpty(String table, String resource) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            if (rows.getLong(1) > 0) {
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the rows of " + table + " before seed " + resource
                    + " failed: " + e.getMessage(), e);
        }
        runSeed(resource);
        return true;
    }

    int totalStatements() {
        return totalStatements;
    }

    private void echo(RecordedStatement statement) {
        out.println("   SQL: " + statement.oneLineSql());
        if (!statement.parameters().isEmpty()) {
            out.println("        " + statement.renderedParameters());
        }
    }
}
