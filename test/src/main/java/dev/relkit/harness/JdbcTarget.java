package dev.relkit.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * A JDBC URL with the user and password to log in with.
 *
 * <p>The URL has the usual {@code jdbc:mariadb://host[:port][,host...]/[database][?options]} form;
 * {@link #database()} and {@link #withDatabase(String)} read and replace its database part and keep
 * hosts and options as they are. {@link #toString()} never prints the password.
 */
public record JdbcTarget(String url, String user, String password) {

    public JdbcTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        if (!url.startsWith("jdbc:") || url.indexOf("//") < 0) {
            throw new IllegalArgumentException("Not a JDBC URL of the form jdbc:mariadb://host/database: " + url);
        }
    }

    /** The database the URL names, or empty when it names none ({@code jdbc:mariadb://host/}). */
    public Optional<String> database() {
        int slash = databaseStart();
        if (slash < 0) {
            return Optional.empty();
        }
        String database = url.substring(slash + 1, optionsStart());
        return database.isEmpty() ? Optional.empty() : Optional.of(database);
    }

    /** The same server, user and options, connected to another database. */
    public JdbcTarget withDatabase(String database) {
        int options = optionsStart();
        int slash = databaseStart();
        String beforeDatabase = slash < 0 ? url.substring(0, options) : url.substring(0, slash);
        return new JdbcTarget(beforeDatabase + "/" + database + url.substring(options), user, password);
    }

    /**
     * A new unpooled connection.
     *
     * @throws SQLException as the driver reports it; the caller adds what it was connecting for
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String toString() {
        return url + " (user " + user + (password.isEmpty() ? ", no password)" : ", password ****)");
    }

    private int optionsStart() {
        int question = url.indexOf('?', authorityStart());
        return question < 0 ? url.length() : question;
    }

    private int databaseStart() {
        int slash = url.indexOf('/', authorityStart());
        return slash < 0 || slash > optionsStart() ? -1 : slash;
    }

    private int authorityStart() {
        return url.indexOf("//") + 2;
    }
}
