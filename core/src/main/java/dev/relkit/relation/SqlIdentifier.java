package dev.relkit.relation;

import java.util.regex.Pattern;

/**
 * Checks the identifiers relkit writes into SQL text itself (table aliases, column-label prefixes):
 * values are always bound, but an alias or prefix is part of the statement, so one that is not a plain
 * identifier is refused before any SQL is built, naming where it was given.
 */
public final class SqlIdentifier {

    /** A MariaDB unquoted identifier: letters, digits, {@code _} and {@code $}, not starting with a digit, at most 64 long. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,63}");

    /** A table alias or a schema-qualified table name ({@code sakila.film}). */
    private static final Pattern QUALIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,63}(\\.[A-Za-z_$][A-Za-z0-9_$]{0,63})?");

    /** A column-label prefix: empty, or identifier characters (it is joined to a column name). */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_$]{0,63}");

    private SqlIdentifier() {
    }

    /**
     * Returns {@code alias} when it is a plain SQL identifier.
     *
     * @param where what the alias is given to, for the message (e.g. {@code "hasFrom owner alias"})
     * @throws IllegalArgumentException naming {@code where} and the value otherwise
     */
    public static String alias(String where, String alias) {
        if (alias == null || !IDENTIFIER.matcher(alias).matches()) {
            throw new IllegalArgumentException(where + ": '" + alias + "' is not a plain SQL identifier"
                    + " (letters, digits, _ and $, not starting with a digit, at most 64 characters)");
        }
        return alias;
    }

    /** Returns {@code qualifier} when it is an alias or a schema-qualified table name; see {@link #alias}. */
    public static String qualifier(String where, String qualifier) {
        if (qualifier == null || !QUALIFIER.matcher(qualifier).matches()) {
            throw new IllegalArgumentException(where + ": '" + qualifier + "' is not a table alias or a schema-qualified"
                    + " table name (plain SQL identifiers joined by one dot)");
        }
        return qualifier;
    }

    /** Returns {@code prefix} when it is empty or made of identifier characters; see {@link #alias}. */
    public static String prefix(String where, String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(where + ": the column prefix '" + prefix + "' may only hold letters, digits,"
                    + " _ and $ (at most 63 characters)");
        }
        return prefix;
    }
}
