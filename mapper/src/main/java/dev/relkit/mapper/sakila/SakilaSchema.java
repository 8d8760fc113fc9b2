package dev.relkit.mapper.sakila;

/**
 * Where the Sakila tables live: the schema {@value #NAME}, which the data set's own script creates
 * ({@code DROP SCHEMA IF EXISTS sakila; CREATE SCHEMA sakila}).
 *
 * <p>Every Sakila statement, in XML and in dynamic SQL, names its tables schema-qualified
 * ({@code sakila.film}), so it runs on any connection to the server whatever database the
 * connection's URL selects: the test harness's rolled-back session on {@code relkit} (or
 * {@code test}), and the demo's connection to the database of {@code --jdbc-url}. The loader's
 * generated select-in statements inherit the qualification from the tables' names, which is why the
 * qualification is in the table and not in the connection's catalog.
 */
public final class SakilaSchema {

    /** The schema the Sakila scripts create. */
    public static final String NAME = "sakila";

    private SakilaSchema() {
    }

    /** {@code sakila.<table>}. */
    public static String qualified(String table) {
        return NAME + "." + table;
    }
}
