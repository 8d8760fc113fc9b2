package dev.relkit.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relkit.schema.ReferenceSchema;

import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.Test;

/** This module's relkit-test.properties: the catalogue's scripts and configuration, as an application names its own. */
@RelkitTest
class CatalogueDefaultsIT {

    @Test
    void loadsTheCataloguesScriptsAndBuildsItsConfiguration(TestDatabase database, SqlSessionFactory factory) {
        assertThat(database.scripts()).containsExactlyElementsOf(ReferenceSchema.allScripts());
        assertThat(factory.getConfiguration().getMappedStatementNames()).isNotEmpty();
        assertThat(factory.getConfiguration().isLazyLoadingEnabled()).isTrue();
    }
}
