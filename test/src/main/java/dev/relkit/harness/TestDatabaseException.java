package dev.relkit.harness;

/**
 * The harness could not provide a test database: a server that does not answer or does not start,
 * a database it could not create. The message says which server or URL, and why.
 */
public class TestDatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TestDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    public TestDatabaseException(String message) {
        super(message);
    }
}
