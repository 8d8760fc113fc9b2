package dev.relkit.spring.boot.autoconfigure;

import dev.relkit.load.RelationshipLoader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar carries what IDEs complete {@code relkit.*} from, and registers the auto-configuration. */
class ConfigurationMetadataTest {

    @Test
    void describesEveryRelkitProperty() throws IOException {
        String metadata = resource("META-INF/spring-configuration-metadata.json");

        assertThat(metadata).contains("\"relkit.enabled\"", "\"relkit.metamodel-packages\"", "\"relkit.chunk-size\"",
                "\"relkit.compiled-result-maps\"", "\"defaultValue\": " + RelationshipLoader.DEFAULT_CHUNK_SIZE);
    }

    @Test
    void listsTheAutoConfiguration() throws IOException {
        assertThat(resource("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports").strip())
                .isEqualTo(RelkitAutoConfiguration.class.getName());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
