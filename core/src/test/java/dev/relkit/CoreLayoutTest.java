package dev.relkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * relkit-core is the runtime and nothing else: no source or resource of it names the reference
 * catalogue's packages (dev.relkit.model, dev.relkit.mapper, dev.relkit.service, dev.relkit.schema),
 * not even in a string, and it ships no schema or seed script. (Its pom cannot depend on the
 * catalogue either: the enforcer's bannedDependencies rule fails the build if it does.)
 */
class CoreLayoutTest {

    private static final Pattern CATALOGUE = Pattern.compile("dev\\.relkit\\.(model|mapper|service|schema|seed|catalogue)\\b"
            + "|dev/relkit/(model|mapper|service|schema|seed|catalogue)/");

    @Test
    void coreNamesNothingOfTheReferenceCatalogue() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources")))) {
            offenders = files.filter(Files::isRegularFile).flatMap(CoreLayoutTest::catalogueReferences).toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void coreShipsNoSqlScript() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            assertThat(files.map(Path::toString).filter(name -> name.endsWith(".sql"))).isEmpty();
        }
    }

    private static Stream<String> catalogueReferences(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> CATALOGUE.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
