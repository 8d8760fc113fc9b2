package com.example.legacy;

import dev.relkit.mapper.ReferenceCatalogue;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.session.Configuration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link MapperCheck} on mapper XML broken on purpose ({@code src/test/resources/com/example/legacy/broken}):
 * each dangling reference to relkit fails the check with a message naming the missing id.
 */
class MapperCheckTest {

    @Test
    void includeOfAMissingRelkitFragmentFailsNamingIt() {
        Configuration configuration = MapperCheck.parse("com/example/legacy/broken/missing-fragment-config.xml");

        // parsing alone only sets statements with unresolved includes aside (relkit's own forward
        // references among them, until every namespace is loaded); building them is what fails
        assertThat(configuration.getIncompleteStatements()).as("statements set aside by parsing").isNotEmpty();
        assertThatThrownBy(() -> MapperCheck.verify(configuration))
                .hasMessageContaining("dev.relkit.mapper.hero.HeroMapper.heroColumnList");
    }

    @Test
    void associationWithAMissingRelkitResultMapFailsNamingIt() {
        Configuration configuration = relkitAnd("com/example/legacy/broken/MissingNestedResultMapMapper.xml");

        assertThatCode(configuration::getMappedStatementNames)
                .as("MyBatis builds the statement; the row mapping would fail on the first query")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MapperCheck.verify(configuration))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("resultMap com.example.legacy.broken.MissingNestedResultMapMapper"
                        + ".heroWithWinterTeamResult maps property 'winterTeam' with resultMap"
                        + " dev.relkit.mapper.hero.TeamMapper.teamRow, which does not exist");
    }

    @Test
    void extendsOfAMissingRelkitResultMapFailsNamingIt() {
        Configuration configuration = relkitAnd("com/example/legacy/broken/MissingParentResultMapMapper.xml");

        assertThatThrownBy(() -> MapperCheck.verify(configuration))
                .hasMessageContaining("dev.relkit.mapper.hero.TeamMapper.teamResults");
    }

    @Test
    void relkitsOwnMappersPassTheCheck() {
        Configuration configuration = new Configuration();
        ReferenceCatalogue.addMappers(configuration);

        assertThatCode(() -> MapperCheck.verify(configuration)).doesNotThrowAnyException();
    }

    /** relkit's mappers and one mapper XML from the classpath, parsed but not yet built. */
    private static Configuration relkitAnd(String mapperResource) {
        Configuration configuration = new Configuration();
        ReferenceCatalogue.addMappers(configuration);
        try (InputStream xml = Resources.getResourceAsStream(mapperResource)) {
            new XMLMapperBuilder(xml, configuration, mapperResource, configuration.getSqlFragments()).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(mapperResource + " is not on the classpath", e);
        }
        return configuration;
    }
}
