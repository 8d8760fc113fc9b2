package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relkit.harness.SqlScripts.ScriptStatement;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

/** How scripts are split into statements, each with the line it starts on, without a database. */
class SqlScriptsTest {

    @Test
    void statementsStartAtTheirFirstNonCommentLine() throws IOException {
        List<ScriptStatement> statements = split("""
                -- a comment
                CREATE TABLE a (
                    id INT
                );

                // another comment
                INSERT INTO a VALUES (1);
                """);

        assertThat(statements).containsExactly(
                new ScriptStatement(2, "CREATE TABLE a (\n    id INT\n)"),
                new ScriptStatement(7, "INSERT INTO a VALUES (1)"));
    }

    @Test
    void aDelimiterCommentChangesTheDelimiterAsInScriptRunner() throws IOException {
        List<ScriptStatement> statements = split("""
                -- @DELIMITER $$
                CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN
                  SET NEW.id = 1;
                END$$
                -- @DELIMITER ;
                SELECT 1;
                """);

        assertThat(statements).extracting(ScriptStatement::line).containsExactly(2, 6);
        assertThat(statements.get(0).sql()).endsWith("SET NEW.id = 1;\nEND");
    }

    @Test
    void aMissingFinalDelimiterNamesTheScriptAndTheLine() {
        assertThatThrownBy(() -> SqlScripts.split("db/unfinished.sql", new StringReader("SELECT 1;\n\nSELECT\n  2\n")))
                .isInstanceOf(SqlScriptException.class)
                .hasMessage("SQL script db/unfinished.sql ends at line 4 inside the statement starting at line 3"
                        + " [SELECT 2]: it has no closing ';'");
    }

    private static List<ScriptStatement> split(String script) throws IOException {
        return SqlScripts.split("test.sql", new StringReader(script));
    }
}
