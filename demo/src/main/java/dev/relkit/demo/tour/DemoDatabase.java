package dev.relkit.demo.tour;

import dev.relkit.harness.DatabaseChoice;
import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.TestDatabase;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * The {@code --jdbc-url} / {@code --user} options (the password from {@code RELKIT_JDBC_PASSWORD}) shared by demo commands, and
 * the database they select: the given server, or an embedded MariaDB started for the command.
 */
public final class DemoDatabase {

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "An existing MariaDB (its relkit tables are dropped and re-created). Default: an embedded MariaDB.")
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

    /** The server to use: the explicit URL if given, else a fresh embedded MariaDB. */
    DatabaseChoice choice() {
        return jdbcUrl == null || jdbcUrl.isBlank()
                ? DatabaseChoice.embedded()
                : DatabaseChoice.explicit(new JdbcTarget(jdbcUrl, user, password));
    }

    /** Starts (or connects to) the database and loads the scripts. The caller closes it. */
    TestDatabase start(List<String> scripts) {
        return TestDatabase.startWithScripts(choice(), scripts);
    }
}
