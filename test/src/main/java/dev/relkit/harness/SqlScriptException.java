package dev.relkit.harness;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A schema or seed script could not be loaded: it is not on the classpath, or one of its statements
 * failed. The message names the script's classpath resource; for a failed statement also the line
 * it starts on, its text, the server's error and the database (name, server, URL with any password
 * masked), e.g.
 * {@code SQL script db/schema.sql failed at line 3 in database relkit_1a2b on explicit server
 * jdbc:mariadb://127.0.0.1:3306/relkit_1a2b: statement [CRATE TABLE t (id INT)] failed: ... SQL syntax ...}.
 */
public class SqlScriptException extends TestDatabaseException {

    private static final long serialVersionUID = 1L;

    private final String script;
    private final int line;
    private final String statement;

    public SqlScriptException(String script, String message, Throwable cause) {
        this(script, 0, null, message, cause);
    }

    public SqlScriptException(String script, int line, String statement, String message, Throwable cause) {
        super(message, cause);
        this.script = script;
        this.line = line;
        this.statement = statement;
    }

    /** The classpath resource of the script, as the caller named it. */
    public String script() {
        return script;
    }

    /** The line (1-based) the failed statement starts on, when a statement failed. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The failed statement on one line, when a statement failed. */
    public Optional<String> statement() {
        return Optional.ofNullable(statement);
    }
}
