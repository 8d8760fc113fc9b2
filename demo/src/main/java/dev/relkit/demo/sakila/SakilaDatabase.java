package dev.relkit.demo.sakila;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.TestDatabase;
import dev.relkit.catalogue.sakila.SakilaDataSet;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * The options shared by {@code sakila load} and {@code graph}, and the database they select: the
 * server of {@code --jdbc-url} (Sakila is read from, or loaded into, its schema {@code sakila}; the
 * URL's own database is only the connection's default and is not touched), or an embedded MariaDB
 * started for the command, into which Sakila is loaded first (it disappears when the command ends).
 */
public final class SakilaDatabase {

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "A running MariaDB; Sakila lives in its schema 'sakila'. Default: an embedded MariaDB, loaded first.")
    String jdbcUrl;

    @Option(names = "--user", defaultValue = "${env:RELKIT_JDBC_USER:-root}",
            description = "Database user (default: $RELKIT_JDBC_USER, else root).")
    String user;

    /**
     * Never an option: a value on the command line shows in the process list. The password comes from
     * the environment variable {@code RELKIT_JDBC_PASSWORD} (or the system property
     * {@code relkit.jdbc.password}), as for the tests; empty when neither is set.
     */
    String password = System.getProperty("relkit.jdbc.password",
            System.getenv().getOrDefault("RELKIT_JDBC_PASSWORD", ""));

    @Option(names = "--dir", paramLabel = "DIR",
            description = "The Sakila data set directory (default: $" + SakilaDataSet.DIR_VARIABLE + ", else "
                    + SakilaDataSet.DEFAULT_RELATIVE_DIR + " from the working directory or a parent).")
    String dir;

    boolean embedded() {
        return jdbcUrl == null || jdbcUrl.isBlank();
    }

    /** Where the data set is; fails before any database is started when it cannot be found. */
    SakilaDataSet dataSet() {
        return SakilaDataSet.locate(dir);
    }

    /**
     * Connects to the explicit server (checking that it answers) or starts an embedded one, without
     * running any script. The caller closes it; an embedded server stops then.
     */
    TestDatabase connect() {
        quietHarnessLogs();
        DatabaseChoice choice = embedded() ? DatabaseChoice.embedded() : DatabaseChoice.explicit(explicitTarget());
        return TestDatabase.startWithScripts(choice, List.of());
    }

    private JdbcTarget explicitTarget() {
        JdbcTarget target = new JdbcTarget(jdbcUrl, user, password);
        if (target.database().isEmpty()) {
            throw new IllegalArgumentException("The --jdbc-url " + JdbcTarget.mask(jdbcUrl) + " names no database: name any existing one"
                    + " to connect to (e.g. jdbc:mariadb://127.0.0.1:3306/test); Sakila is read from, and loaded into,"
                    + " the schema '" + SakilaDataSet.SCHEMA + "' of that server");
        }
        return target;
    }

    /** Loads the data set into the database's server; returns how long it took. */
    static Duration load(TestDatabase database, SakilaDataSet dataSet) {
        return dataSet.loadInto(database.jdbcTarget());
    }

    /**
     * Fails with one line naming the server when it has no {@code sakila} schema.
     *
     * @throws IllegalStateException when the schema is missing
     */
    static void requireLoaded(TestDatabase database) {
        try (Connection connection = database.dataSource().getConnection()) {
            if (!SakilaDataSet.isLoaded(connection)) {
                throw new IllegalStateException("The server of " + database.jdbcTarget().maskedUrl() + " has no schema '"
                        + SakilaDataSet.SCHEMA + "' (with its film table): load it first with"
                        + " 'relkit-demo sakila load --jdbc-url " + database.jdbcTarget().maskedUrl() + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to " + database.jdbcTarget().maskedUrl() + ": " + e.getMessage(), e);
        }
    }

    /** The harness narrates server starts at INFO on stderr; these commands keep stderr for errors. */
    private static void quietHarnessLogs() {
        if (LoggerFactory.getLogger("dev.relkit.harness") instanceof Logger harness) {
            harness.setLevel(Level.WARN);
        }
    }
}
