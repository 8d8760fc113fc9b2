package dev.relkit.harness;

/** How the tests of a {@link RelkitTest} class are kept from seeing each other's writes. */
public enum Isolation {

    /**
     * One database for every class in the JVM that loads the same scripts: the explicit URL's
     * database (or {@code relkit} on a provisioned server) for the default scripts alone, a
     * {@code relkit_<random>} database per distinct list of extra scripts. Each test's {@code SqlSession} is rolled back after the test, so
     * tests must not commit.
     */
    SHARED_DATABASE,

    /**
     * A fresh {@code relkit_<random>} database for the class, loaded from the same scripts and dropped
     * when the class finishes. For tests that commit (unit of work, cascades): their writes are seen
     * by the later tests of the same class only, which call {@link TestDatabase#restoreRows()} in
     * {@code @BeforeEach} to start again from the rows the scripts left (a copy of them is kept in
     * {@code relkit_<random>_rows}, dropped with the database), or
     * {@link TestDatabase#reloadScripts()} after changing the schema. Sessions are still rolled back
     * after each test.
     */
    OWN_DATABASE
}
