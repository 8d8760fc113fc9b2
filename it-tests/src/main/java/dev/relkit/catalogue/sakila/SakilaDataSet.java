package dev.relkit.catalogue.sakila;

import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.TestDatabaseException;
import dev.relkit.harness.embedded.MariaDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Sakila sample database (schema and data, BSD licence), read at run time from a directory
 * outside the repository and loaded into the schema {@value #SCHEMA} of a MariaDB server.
 *
 * <p>The directory is, in order: the one given explicitly ({@code --dir}), the environment variable
 * {@value #DIR_VARIABLE}, else {@value #DEFAULT_RELATIVE_DIR} looked up from the working directory
 * and each of its parents (so it is found from the main checkout, from a worktree and from a module
 * directory alike).
 *
 * <p>The files are run unchanged by the {@code mariadb} command-line client ({@link MariaDbClient}),
 * since they hold {@code DELIMITER} blocks (triggers, procedures, functions). The schema script
 * drops and re-creates {@value #SCHEMA}; nothing else on the server is touched.
 */
public final class SakilaDataSet {

    /** The schema the data set's scripts create. */
    public static final String SCHEMA = "sakila";
    /** Environment variable naming the data set's directory. */
    public static final String DIR_VARIABLE = "RELKIT_SAKILA_DIR";
    /** The default directory, relative to the working directory or one of its parents. */
    public static final String DEFAULT_RELATIVE_DIR = "../shared/datasets/sakila";
    public static final String SCHEMA_FILE = "sakila-schema.sql";
    public static final String DATA_FILE = "sakila-data.sql";

    /** Servers (by URL) this JVM loaded the data set into through {@link #loadOnce}. */
    private static final Set<String> LOADED = new HashSet<>();

    private final Path directory;

    private SakilaDataSet(Path directory) {
        this.directory = directory;
    }

    /**
     * The data set in {@code explicitDirectory} if given (not blank), else in {@value #DIR_VARIABLE},
     * else in {@value #DEFAULT_RELATIVE_DIR} from the working directory or a parent.
     *
     * @throws IllegalArgumentException naming every directory tried when none holds both files
     */
    public static SakilaDataSet locate(String explicitDirectory) {
        return locate(explicitDirectory, System.getenv(DIR_VARIABLE), Path.of("").toAbsolutePath());
    }

    /**
     * Whether the data set can be found the way {@link #locate(String)} looks for it without a
     * directory. It lives outside the repository (licence), so tests that need it are skipped, with
     * this reason, on a machine that does not have it.
     */
    public static boolean isAvailable() {
        try {
            locate(null);
            return true;
        } catch (IllegalArgumentException notFound) {
            return false;
        }
    }

    /** Why Sakila-dependent tests are skipped when {@link #isAvailable()} is false. */
    public static final String UNAVAILABLE = "the Sakila data set is not on this machine: put it in "
            + DEFAULT_RELATIVE_DIR + " above the working directory or name it with " + DIR_VARIABLE;

    static SakilaDataSet locate(String explicitDirectory, String variable, Path workingDirectory) {
        if (explicitDirectory != null && !explicitDirectory.isBlank()) {
            return requireFiles(Path.of(explicitDirectory), "--dir");
        }
        if (variable != null && !variable.isBlank()) {
            return requireFiles(Path.of(variable), DIR_VARIABLE);
        }
        List<Path> tried = new ArrayList<>();
        for (Path start = workingDirectory; start != null; start = start.getParent()) {
            Path candidate = start.resolve(DEFAULT_RELATIVE_DIR).normalize();
            tried.add(candidate);
            if (hasFiles(candidate)) {
                return new SakilaDataSet(candidate);
            }
        }
        throw new IllegalArgumentException("The Sakila data set (" + SCHEMA_FILE + ", " + DATA_FILE + ") is not in "
                + DEFAULT_RELATIVE_DIR + " from " + workingDirectory + " or its parents (tried " + tried
                + "); name its directory with --dir or " + DIR_VARIABLE);
    }

    private static SakilaDataSet requireFiles(Path directory, String source) {
        if (!hasFiles(directory)) {
            throw new IllegalArgumentException("The Sakila data set directory " + directory.toAbsolutePath().normalize()
                    + " (from " + source + ") does not hold " + SCHEMA_FILE + " and " + DATA_FILE);
        }
        return new SakilaDataSet(directory.toAbsolutePath().normalize());
    }

    private static boolean hasFiles(Path directory) {
        return Files.isReadable(directory.resolve(SCHEMA_FILE)) && Files.isReadable(directory.resolve(DATA_FILE));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Drops and re-creates the schema {@value #SCHEMA} on the server {@code server} names and loads the
     * rows; returns how long it took.
     *
     * @throws dev.relkit.harness.SqlScriptException naming the file and the client's error
     */
    public Duration loadInto(JdbcTarget server) {
        long started = System.nanoTime();
        MariaDbClient.source(server, directory.resolve(SCHEMA_FILE));
        MariaDbClient.source(server, directory.resolve(DATA_FILE));
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /**
     * Loads the data set into the server once per JVM (for tests sharing one server); later calls
     * for the same URL do nothing. Tests must not commit changes to it: they work in rolled-back
     * sessions.
     */
    public static synchronized void loadOnce(JdbcTarget server) {
        if (LOADED.add(server.url())) {
            try {
                locate(null).loadInto(server);
            } catch (RuntimeException e) {
                LOADED.remove(server.url());
                throw e;
            }
        }
    }

    /**
     * Whether the schema {@value #SCHEMA} exists on the connection's server with its {@code film} table.
     *
     * @throws TestDatabaseException when the server cannot be asked
     */
    public static boolean isLoaded(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from information_schema.tables where table_schema = ? and table_name = 'film'")) {
            statement.setString(1, SCHEMA);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not look for the schema " + SCHEMA + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "Sakila data set in " + directory;
    }
}
