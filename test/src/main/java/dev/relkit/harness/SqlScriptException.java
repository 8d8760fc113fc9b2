package dev.relkit.harness;

/**
 * A schema or seed script could not be loaded: it is not on the classpath, or one of its statements
 * failed. The message names the script's classpath resource, and for a failed statement the
 * statement and the server's error.
 */
public class SqlScriptException extends TestDatabaseException {

    private static final long serialVersionUID = 1L;

    private final String script;

    public SqlScriptException(String script, String message, Throwable cause) {
        super(message, cause);
        this.script = script;
    }

    /** The classpath resource of the script, as the caller named it. */
    public String script() {
        return script;
    }
}
