package dev.relkit.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static checks of the reference scripts: they exist, each schema script is idempotent on its
 * own (it drops every table it creates, referencing tables first, before creating any) and keeps
 * its foreign keys inside its domain, and every script splits cleanly into statements for MyBatis's
 * {@code ScriptRunner}. Running the scripts on MariaDB is the integration tests' business.
 */
class ReferenceSchemaTest {

    private static final Pattern SCHEMA_FILE = Pattern.compile(".*/V(\\d{3})__(\\w+)\\.sql");
    private static final Pattern SEED_FILE = Pattern.compile(".*/(\\w+)\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+)");
    private static final Pattern DROP_TABLE = Pattern.compile("DROP TABLE IF EXISTS (\\w+)");
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES (\\w+)");
    private static final Pattern ALTER_TABLE = Pattern.compile("ALTER TABLE (\\w+)");
    private static final Pattern ADD_CONSTRAINT =
            Pattern.compile("ADD CONSTRAINT (\\w+) FOREIGN KEY");
    private static final Pattern DROP_FOREIGN_KEY =
            Pattern.compile("DROP FOREIGN KEY IF EXISTS (\\w+)");
    private static final Pattern WRITTEN_TABLE = Pattern.compile("(?:INSERT INTO|UPDATE) (\\w+)");

    static List<String> schemaScripts() {
        return ReferenceSchema.SCHEMA_SCRIPTS;
    }

    static List<String> allScripts() {
        return ReferenceSchema.allScripts();
    }

    @ParameterizedTest
    @MethodSource("allScripts")
    void scriptIsOnTheClasspath(String location) {
        assertThat(ReferenceSchemaTest.class.getClassLoader().getResource(location))
                .as(location).isNotNull();
    }

    @Test
    void noScriptIsListedTwice() {
        assertThat(ReferenceSchema.allScripts()).doesNotHaveDuplicates();
    }

    @Test
    void schemaScriptsAreListedInVersionOrder() {
        List<Integer> versions = ReferenceSchema.SCHEMA_SCRIPTS.stream()
                .map(location -> Integer.parseInt(match(SCHEMA_FILE, location).group(1)))
                .toList();

        assertThat(versions).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void seedScriptsFollowTheSchemaScriptsDomainByDomain() {
        List<String> schemaDomains = ReferenceSchema.SCHEMA_SCRIPTS.stream()
                .map(location -> match(SCHEMA_FILE, location).group(2))
                .toList();
        List<String> seedDomains = ReferenceSchema.SEED_SCRIPTS.stream()
                .map(location -> match(SEED_FILE, location).group(1))
                .toList();

        assertThat(seedDomains).containsExactlyElementsOf(schemaDomains);
    }

    @ParameterizedTest
    @MethodSource("schemaScripts")
    void schemaScriptDropsEveryTableItCreatesBeforeCreatingAny(String location) {
        List<String> statements = statements(location);
        int firstCreate = IntStream.range(0, statements.size())
                .filter(i -> statements.get(i).startsWith("CREATE TABLE"))
                .findFirst().orElseThrow();

        List<String> created = firstGroups(CREATE_TABLE, statements);
        List<String> droppedFirst = firstGroups(DROP_TABLE, statements.subList(0, firstCreate));
        List<String> droppedAnywhere = firstGroups(DROP_TABLE, statements);

        assertThat(created).as("tables created by %s", location)
                .isNotEmpty().doesNotHaveDuplicates();
        assertThat(droppedFirst).as("tables dropped before the first CREATE TABLE in %s", location)
                .containsExactlyInAnyOrderElementsOf(created)
                .containsExactlyElementsOf(droppedAnywhere);
    }

    @ParameterizedTest
    @MethodSource("schemaScripts")
    void schemaScriptDropsReferencingTablesBeforeTheTablesTheyReference(String location) {
        List<String> statements = statements(location);
        List<String> dropOrder = firstGroups(DROP_TABLE, statements);
        int firstDropTable = IntStream.range(0, statements.size())
                .filter(i -> statements.get(i).startsWith("DROP TABLE"))
                .findFirst().orElseThrow();
        Set<String> foreignKeysDroppedFirst = new LinkedHashSet<>(
                allGroups(DROP_FOREIGN_KEY, statements.subList(0, firstDropTable)));

        for (String statement : statements) {
            Matcher create = CREATE_TABLE.matcher(statement);
            if (create.lookingAt()) {
                String child = create.group(1);
                for (String parent : allGroups(REFERENCES, List.of(statement))) {
                    if (!parent.equals(child)) {
                        assertThat(dropOrder.indexOf(child))
                                .as("%s: %s references %s, so it is dropped first",
                                        location, child, parent)
                                .isLessThan(dropOrder.indexOf(parent));
                    }
                }
            }
            Matcher alter = ALTER_TABLE.matcher(statement);
            if (alter.lookingAt()) {
                // A foreign key added after the tables closes a cycle between them: it must be
                // dropped before any table, or neither table of the cycle could be dropped.
                assertThat(foreignKeysDroppedFirst)
                        .as("%s: foreign keys added by ALTER TABLE %s are dropped before any table",
                                location, alter.group(1))
                        .containsAll(allGroups(ADD_CONSTRAINT, List.of(statement)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("schemaScripts")
    void schemaScriptReferencesOnlyItsOwnTables(String location) {
        List<String> statements = statements(location);

        assertThat(allGroups(REFERENCES, statements))
                .as("tables referenced by %s", location)
                .isSubsetOf(firstGroups(CREATE_TABLE, statements));
    }

    @ParameterizedTest
    @MethodSource("schemaScripts")
    void schemaScriptCreatesInnoDbUtf8mb4Tables(String location) {
        assertThat(statements(location))
                .filteredOn(statement -> statement.startsWith("CREATE TABLE"))
                .allSatisfy(statement -> assertThat(statement)
                        .endsWith(") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4"));
    }

    @Test
    void noTableIsCreatedByTwoScripts() {
        Map<String, List<String>> creators = new HashMap<>();
        for (String location : ReferenceSchema.SCHEMA_SCRIPTS) {
            for (String table : firstGroups(CREATE_TABLE, statements(location))) {
                creators.computeIfAbsent(table, t -> new ArrayList<>()).add(location);
            }
        }

        assertThat(creators).allSatisfy((table, locations) ->
                assertThat(locations).as("scripts creating %s", table).hasSize(1));
    }

    @Test
    void seedScriptsWriteOnlyTheTablesOfTheirDomain() {
        for (int i = 0; i < ReferenceSchema.SEED_SCRIPTS.size(); i++) {
            String seed = ReferenceSchema.SEED_SCRIPTS.get(i);
            String schema = ReferenceSchema.SCHEMA_SCRIPTS.get(i);
            List<String> seedStatements = statements(seed);

            assertThat(seedStatements).as("statements of %s", seed).isNotEmpty();
            assertThat(firstGroups(WRITTEN_TABLE, seedStatements))
                    .as("tables written by %s", seed)
                    .isSubsetOf(firstGroups(CREATE_TABLE, statements(schema)));
        }
    }

    /**
     * {@code ScriptRunner} ends a statement at the first line that contains a {@code ;}, so a
     * {@code ;} inside a string or before a trailing comment would cut a statement short.
     */
    @ParameterizedTest
    @MethodSource("allScripts")
    void everySemicolonEndsAStatementAtTheEndOfItsLine(String location) {
        List<String> linesWithSemicolon = read(location).lines()
                .map(String::strip)
                .filter(line -> !line.startsWith("--"))
                .filter(line -> line.contains(";"))
                .toList();

        assertThat(linesWithSemicolon)
                .as("lines of %s holding a ;", location)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.indexOf(';')).isEqualTo(line.length() - 1));
    }

    /** The script's statements, without comment lines, each collapsed to single spaces. */
    private static List<String> statements(String location) {
        String withoutComments = read(location).lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";"))
                .map(statement -> statement.strip().replaceAll("\\s+", " "))
                .filter(statement -> !statement.isEmpty())
                .toList();
    }

    /** Group 1 of the pattern at the start of each statement that begins with it. */
    private static List<String> firstGroups(Pattern pattern, List<String> statements) {
        List<String> groups = new ArrayList<>();
        for (String statement : statements) {
            Matcher matcher = pattern.matcher(statement);
            if (matcher.lookingAt()) {
                groups.add(matcher.group(1));
            }
        }
        return groups;
    }

    /** Group 1 of every occurrence of the pattern anywhere in the statements. */
    private static List<String> allGroups(Pattern pattern, List<String> statements) {
        List<String> groups = new ArrayList<>();
        for (String statement : statements) {
            Matcher matcher = pattern.matcher(statement);
            while (matcher.find()) {
                groups.add(matcher.group(1));
            }
        }
        return groups;
    }

    private static Matcher match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.matches()).as("%s matches %s", text, pattern).isTrue();
        return matcher;
    }

    private static String read(String location) {
        ClassLoader classLoader = ReferenceSchemaTest.class.getClassLoader();
        try (InputStream in = classLoader.getResourceAsStream(location)) {
            assertThat(in).as(location).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
