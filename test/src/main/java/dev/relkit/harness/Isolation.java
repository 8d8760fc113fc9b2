package dev.relkit.harness;

/** How the tests of a {@link RelkitTest} class are kept from seeing each other's writes. */
public enum Isolation {

    /**
     * One database for every class in the JVM that loads the same scripts: the explicit URL's
     * database or {@code relkit} for relkit's scripts alone, a {@code relkit_<random>} database per
     * distinct list of extra scripts. Each test's {@code SqlSession} is rolled back after the test, so
     * tests must not commit.
     */
    SHARED_DATABASE,

    /**
     * A fresh {@code relkit_<random>} database for the class, loaded from the same scripts and dropped
     * when the class finishes. For tests that commit (unit of work, cascades): their writes are seen
     * by the later tests of the same class only, which can call {@link TestDatabase#reloadScripts()}
     * to start again from the seed. Sessions are still rolled back after each test.
     */
    OWN_DATABASE
}
