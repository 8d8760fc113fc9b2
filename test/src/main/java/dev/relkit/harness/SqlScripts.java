package dev.relkit.harness;

import org.apache.ibatis.io.Resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs classpath SQL scripts in order, statement by statement, the way MyBatis's
 * {@code ScriptRunner} splits them (so scripts written for it run unchanged): a statement ends at the
 * last {@code ;} of a line that holds one, lines starting with {@code --} or {@code //} are comments
 * (a comment {@code -- @DELIMITER $$} changes the delimiter), each statement is committed as it
 * runs, and the first failure stops the run. Unlike ScriptRunner, it knows each statement's line.
 *
 * <p>Every script is looked up before any runs, so a misspelled name fails without touching the
 * database. A failing statement leaves the statements before it applied: load into a database
 * that can be thrown away. The failure names the script, the statement's first line number and
 * text, and the database it ran in (see {@link SqlScriptException}).
 */
final class SqlScripts {

    private static final Pattern ONE_LINE = Pattern.compile("\\s+");
    /** ScriptRunner's own pattern for a delimiter change in a comment line. */
    private static final Pattern DELIMITER_COMMENT = Pattern.compile("^\\s*((--)|(//))?\\s*(//)?\\s*@DELIMITER\\s+([^\\s]+)",
            Pattern.CASE_INSENSITIVE);

    /** One statement of a script and the line (1-based) it starts on. */
    record ScriptStatement(int line, String sql) {

        /** The statement on one line, for messages. */
        String oneLine() {
            return ONE_LINE.matcher(sql).replaceAll(" ").strip();
        }
    }

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
     * Runs the scripts on the connection, in order.
     *
     * @param where the database, for messages: its name, the server's description and its URL with
     *     any password masked
     * @throws SqlScriptException naming the script, and for a failed statement its line, its text and
     *     the server's error, and {@code where}
     */
    static void run(Connection connection, String where, List<String> scripts) {
        requireAllPresent(scripts);
        for (String script : scripts) {
            List<ScriptStatement> statements;
            try (Reader reader = new InputStreamReader(Resources.getResourceAsStream(script), StandardCharsets.UTF_8)) {
                statements = split(script, reader);
            } catch (IOException e) {
                throw new SqlScriptException(script, "SQL script " + script + " could not be read: " + e.getMessage(), e);
            }
            for (ScriptStatement statement : statements) {
                try (Statement jdbc = connection.createStatement()) {
                    jdbc.execute(statement.sql());
                } catch (SQLException e) {
                    throw new SqlScriptException(script, statement.line(), statement.oneLine(),
                            "SQL script " + script + " failed at line " + statement.line() + " in " + where
                                    + ": statement [" + statement.oneLine() + "] failed: " + JdbcTarget.mask(e.getMessage()),
                            e);
                }
            }
        }
    }

    /**
     * The statements of a script, each with the line it starts on.
     *
     * @throws SqlScriptException when the last statement has no closing delimiter
     */
    static List<ScriptStatement> split(String script, Reader reader) throws IOException {
        List<ScriptStatement> statements = new ArrayList<>();
        StringBuilder command = new StringBuilder();
        String delimiter = ";";
        int startLine = 0;
        int lineNumber = 0;
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            line = line.replace("\r", "");
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.startsWith("//")) {
                var newDelimiter = DELIMITER_COMMENT.matcher(trimmed);
                if (newDelimiter.find()) {
                    delimiter = newDelimiter.group(5);
                }
                continue;
            }
            if (trimmed.isEmpty()) {
                continue;
            }
            if (command.isEmpty()) {
                startLine = lineNumber;
            }
            if (trimmed.contains(delimiter)) {
                // as ScriptRunner: the statement ends at the line's last delimiter, the rest is dropped
                command.append(line, 0, line.lastIndexOf(delimiter));
                if (!command.toString().isBlank()) {
                    statements.add(new ScriptStatement(startLine, command.toString().strip()));
                }
                command.setLength(0);
            } else {
                command.append(line).append('\n');
            }
        }
        if (!command.toString().isBlank()) {
            String text = ONE_LINE.matcher(command).replaceAll(" ").strip();
            throw new SqlScriptException(script, startLine, text, "SQL script " + script + " ends at line " + lineNumber
                    + " inside the statement starting at line " + startLine + " [" + text
                    + "]: it has no closing '" + delimiter.toLowerCase(Locale.ROOT) + "'", null);
        }
        return statements;
    }
}
