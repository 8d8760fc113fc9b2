package dev.relkit.harness;

import org.apache.ibatis.io.Resources;
import org.apache.ibatis.jdbc.RuntimeSqlException;
import org.apache.ibatis.jdbc.ScriptRunner;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs classpath SQL scripts in order with MyBatis's {@link ScriptRunner}: statements end with
 * {@code ;} at the end of a line, each is committed as it runs, and the first failure stops the run.
 *
 * <p>Every script is looked up before any runs, so a misspelled name fails without touching the
 * database. A failing statement leaves the statements before it applied: load into a database
 * that can be thrown away.
 */
final class SqlScripts {

    private static final String EXECUTING = "Error executing: ";
    private static final Pattern ONE_LINE = Pattern.compile("\\s+");

    private SqlScripts() {
    }

    /**
     * Checks that every script is on the classpath.
     *
     * @throws SqlScriptException naming the first script that is not
     */
    static void requireAllPresent(List<String> scripts) {
        for (String script : scripts) {
            try {
                Resources.getResourceURL(script);
            } catch (IOException e) {
                throw new SqlScriptException(script, "SQL script " + script + " is not on the classpath", e);
            }
        }
    }

    /**
     * One line: the failed statement and the server's error, from ScriptRunner's multi-line
     * {@code "Error executing: <statement>\n.  Cause: <exception>"}; other messages (such as a
     * missing final {@code ;}) as they are, on one line.
     */
    private static String describe(RuntimeSqlException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cause = message.lastIndexOf(".  Cause: ");
        if (!message.startsWith(EXECUTING) || cause < 0 || e.getCause() == null) {
            return ONE_LINE.matcher(message).replaceAll(" ").strip();
        }
        String statement = ONE_LINE.matcher(message.substring(EXECUTING.length(), cause)).replaceAll(" ").strip();
        return "statement [" + statement + "] failed: " + e.getCause();
    }

    /**
     * Runs the scripts on the connection, in order.
     *
     * @throws SqlScriptException naming the script, and for a failed statement the statement and the
     *     server's error, in {@code database}
     */
    static void run(Connection connection, String database, List<String> scripts) {
        requireAllPresent(scripts);
        for (String script : scripts) {
            ScriptRunner runner = new ScriptRunner(connection);
            runner.setStopOnError(true);
            runner.setAutoCommit(true);
            runner.setSendFullScript(false);
            runner.setRemoveCRs(true);
            runner.setLogWriter(null);
            runner.setErrorLogWriter(null);
            try (Reader reader = new InputStreamReader(Resources.getResourceAsStream(script), StandardCharsets.UTF_8)) {
                runner.runScript(reader);
            } catch (RuntimeSqlException e) {
                throw new SqlScriptException(script, "SQL script " + script + " failed in database " + database + ": "
                        + describe(e), e.getCause() == null ? e : e.getCause());
            } catch (IOException e) {
                throw new SqlScriptException(script, "SQL script " + script + " could not be read: " + e.getMessage(), e);
            }
        }
    }
}
