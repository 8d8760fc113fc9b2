package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

@RelkitTest
class SqlScriptsIT {

    private static final String BROKEN = "dev/relkit/harness/broken_schema.sql";
    private static final String MISSING = "dev/relkit/harness/no_such_script.sql";

    @Test
    void brokenScriptFailsNamingTheScriptAndTheStatement(TestDatabase database, DataSource dataSource)
            throws SQLException {
        List<String> before = databases(dataSource);

        assertThatThrownBy(() -> TestDatabase.createOwnDatabase(database.server(),
                TestDatabase.referenceSchemaAnd(List.of(BROKEN))))
                .isInstanceOf(SqlScriptException.class)
                .hasMessageStartingWith("SQL script " + BROKEN + " failed in database relkit_")
                .hasMessageContaining("CRATE TABLE harness_broken")
                .hasMessageContaining("SQL syntax")
                .satisfies(e -> assertThat(((SqlScriptException) e).script()).isEqualTo(BROKEN));
        assertThat(databases(dataSource)).as("databases after the failed load").isEqualTo(before);
    }

    @Test
    void missingScriptFailsNamingItBeforeCreatingAnything(TestDatabase database, DataSource dataSource)
            throws SQLException {
        List<String> before = databases(dataSource);

        assertThatThrownBy(() -> TestDatabase.createOwnDatabase(database.server(),
                TestDatabase.referenceSchemaAnd(List.of(MISSING))))
                .isInstanceOf(SqlScriptException.class)
                .hasMessage("SQL script " + MISSING + " is not on the classpath");
        assertThat(databases(dataSource)).isEqualTo(before);
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
