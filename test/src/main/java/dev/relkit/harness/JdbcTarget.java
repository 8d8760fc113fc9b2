package dev.relkit.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JDBC URL with the user and password to log in with.
 *
 * <p>The URL has the usual {@code jdbc:mariadb://host[:port][,host...]/[database][?options]} form;
 * {@link #database()} and {@link #withDatabase(String)} read and replace its database part and keep
 * hosts and options as they are. {@link #toString()} and {@link #maskedUrl()} never print the
 * password, neither the one given apart nor one written into the URL ({@code password=...},
 * {@code user:password@host}); {@link #mask(String)} does the same for any text, such as a driver's
 * error message.
 */
public record JdbcTarget(String url, String user, String password) {

    private static final String MASK = "****";
    /** {@code password=...} or {@code pwd=...} up to the next option separator, in URLs and messages. */
    private static final Pattern PASSWORD_OPTION =
            Pattern.compile("(?i)((?:password|pwd)\\s*=\\s*)([^&;,)\\s]+)");
    /** {@code //user:secret@host}: a password in the URL's authority. */
    private static final Pattern AUTHORITY_PASSWORD = Pattern.compile("(//[^/:@?\\s]*:)([^/@?\\s]+)(@)");

    public JdbcTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        if (!url.startsWith("jdbc:") || url.indexOf("//") < 0) {
            throw new IllegalArgumentException("Not a JDBC URL of the form jdbc:mariadb://host/database: " + mask(url));
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

    /** The URL with any password written into it replaced by {@code ****}: the form for logs and messages. */
    public String maskedUrl() {
        return mask(url);
    }

    /**
     * {@code text} with every {@code password=...} / {@code pwd=...} value and every
     * {@code //user:password@} replaced by {@code ****}.
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = PASSWORD_OPTION.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return AUTHORITY_PASSWORD.matcher(masked)
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
    }

    @Override
    public String toString() {
        return maskedUrl() + " (user " + user + (password.isEmpty() ? ", no password)" : ", password ****)");
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
