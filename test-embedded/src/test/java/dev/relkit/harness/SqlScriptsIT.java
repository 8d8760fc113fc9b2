package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

@RelkitTest
class SqlScriptsIT {

    private static final String BROKEN = "dev/relkit/harness/broken_schema.sql";
    private static final String MISSING = "dev/relkit/harness/no_such_script.sql";

    @Test
    void brokenScriptFailsNamingTheScriptAndTheStatement(TestDatabase database, DataSource dataSource)
            throws SQLException {
        Throwable thrown = catchThrowable(() -> TestDatabase.createOwnDatabase(database.server(),
                TestDatabase.defaultScriptsAnd(List.of(BROKEN))));

        assertThat(thrown)
                .isInstanceOf(SqlScriptException.class)
                .hasMessageStartingWith("SQL script " + BROKEN + " failed at line 3 in database relkit_")
                .hasMessageContaining(" on " + database.server().description() + " (jdbc:mariadb://")
                .hasMessageContaining("statement [CRATE TABLE harness_broken (id INT NOT NULL PRIMARY KEY)] failed:")
                .hasMessageContaining("SQL syntax")
                .satisfies(e -> {
                    SqlScriptException failure = (SqlScriptException) e;
                    assertThat(failure.script()).isEqualTo(BROKEN);
                    assertThat(failure.line()).hasValue(3);
                    assertThat(failure.statement()).contains("CRATE TABLE harness_broken (id INT NOT NULL PRIMARY KEY)");
                });
        Matcher named = Pattern.compile("in database (relkit_[0-9a-f]+) on").matcher(thrown.getMessage());
        assertThat(named.find()).isTrue();
        assertThat(databases(dataSource)).as("databases after the failed load").doesNotContain(named.group(1));
    }

    @Test
    void missingScriptFailsNamingItBeforeCreatingAnything(TestDatabase database, DataSource dataSource)
            throws SQLException {
        List<String> before = databases(dataSource);

        assertThatThrownBy(() -> TestDatabase.createOwnDatabase(database.server(),
                TestDatabase.defaultScriptsAnd(List.of(MISSING))))
                .isInstanceOf(SqlScriptException.class)
                .hasMessage("SQL script " + MISSING + " is not on the classpath");
        assertThat(databases(dataSource)).as("no new database (others may drop theirs meanwhile)").isSubsetOf(before);
    }

    @Test
    void ownDatabaseIsDroppedOnClose(TestDatabase database, DataSource dataSource) throws SQLException {
        TestDatabase own = TestDatabase.createOwnDatabase(database.server(), database.scripts());
        assertThat(databases(dataSource)).contains(own.name());
        assertThat(RelkitExtensionIT.strings(own.dataSource(), "select name from team order by id"))
                .containsExactly("Preventers", "Z-Force");

        own.close();

        assertThat(databases(dataSource)).doesNotContain(own.name());
    }

    private static List<String> databases(DataSource dataSource) throws SQLException {
        return RelkitExtensionIT.strings(dataSource, "select schema_name from information_schema.schemata"
                + " where schema_name like 'relkit\\_%' order by schema_name");
    }
}
