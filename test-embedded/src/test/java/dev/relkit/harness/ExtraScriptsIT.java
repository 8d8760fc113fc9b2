package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import javax.sql.DataSource;

@RelkitTest(scripts = "dev/relkit/harness/sidekick.sql")
class ExtraScriptsIT {

    @Test
    void extraScriptsRunAfterTheDefaultScripts(TestDatabase database, DataSource dataSource) throws SQLException {
        assertThat(database.scripts()).endsWith("dev/relkit/harness/sidekick.sql");
        assertThat(database.name()).as("extra scripts get a database of their own").startsWith("relkit_");
        assertThat(RelkitExtensionIT.strings(dataSource,
                "select concat(sidekick.name, ' helps ', hero.name) from sidekick join hero on hero.id = sidekick.hero_id"))
                .containsExactly("Dolphin Boy helps Deadpond");
    }
}
