package dev.relkit.catalogue.sakila;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the data set is looked for: --dir, then RELKIT_SAKILA_DIR, then ../shared/datasets/sakila upwards. */
class SakilaDataSetTest {

    @TempDir
    Path root;

    @Test
    void findsTheDefaultDirectoryFromAWorktreeOrAModuleDirectory() throws IOException {
        Path dataSet = dataSetIn(root.resolve("shared/datasets/sakila"));
        Path module = Files.createDirectories(root.resolve("wt/sakila/it-tests"));

        assertThat(SakilaDataSet.locate(null, null, root.resolve("main")).directory()).isEqualTo(dataSet);
        assertThat(SakilaDataSet.locate(null, "", module).directory()).isEqualTo(dataSet);
    }

    @Test
    void anExplicitDirectoryWinsOverTheVariableWhichWinsOverTheDefault() throws IOException {
        dataSetIn(root.resolve("shared/datasets/sakila"));
        Path fromVariable = dataSetIn(root.resolve("variable"));
        Path explicit = dataSetIn(root.resolve("explicit"));

        assertThat(SakilaDataSet.locate(explicit.toString(), fromVariable.toString(), root.resolve("main")).directory())
                .isEqualTo(explicit);
        assertThat(SakilaDataSet.locate(null, fromVariable.toString(), root.resolve("main")).directory())
                .isEqualTo(fromVariable);
    }

    @Test
    void aDirectoryWithoutTheFilesIsAnErrorNamingItAndItsSource() throws IOException {
        Path empty = Files.createDirectories(root.resolve("empty"));

        assertThatThrownBy(() -> SakilaDataSet.locate(empty.toString(), null, root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("--dir").hasMessageContaining("sakila-schema.sql");
        assertThatThrownBy(() -> SakilaDataSet.locate(null, empty.toString(), root))
                .hasMessageContaining("RELKIT_SAKILA_DIR");
        assertThatThrownBy(() -> SakilaDataSet.locate(null, null, empty))
                .hasMessageContaining("../shared/datasets/sakila").hasMessageContaining("--dir or RELKIT_SAKILA_DIR");
    }

    private static Path dataSetIn(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(SakilaDataSet.SCHEMA_FILE), "-- schema");
        Files.writeString(directory.resolve(SakilaDataSet.DATA_FILE), "-- data");
        return directory;
    }
}
