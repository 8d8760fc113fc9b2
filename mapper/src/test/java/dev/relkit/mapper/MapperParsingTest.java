package dev.relkit.mapper;

import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parses every relkit mapper (interfaces and XML) without a database, so a broken XML, a dangling
 * cross-namespace reference or a resultMap without an id fails the build.
 */
class MapperParsingTest {

    private static Configuration parseAll() {
        Environment environment = new Environment("parse-only", new JdbcTransactionFactory(), new UnpooledDataSource());
        return ReferenceCatalogue.newConfiguration(environment);
    }

    @Test
    void everyMappedStatementResolves() {
        Configuration configuration = parseAll();

        // getMappedStatements() builds every pending statement and fails on unresolved references
        Collection<MappedStatement> statements = configuration.getMappedStatements();

        assertThat(configuration.getIncompleteStatements()).isEmpty();
        assertThat(configuration.getIncompleteResultMaps()).isEmpty();
        assertThat(configuration.getIncompleteCacheRefs()).isEmpty();
        assertThat(statements).isNotEmpty();
        assertThat(configuration.getMappedStatementNames())
                .contains("dev.relkit.mapper.hero.HeroMapper.selectByWinterTeamName",
                        "dev.relkit.mapper.hero.HeroMapper.selectManyWithTeams",
                        "dev.relkit.mapper.hero.TeamMapper.selectByIds");
    }

    @Test
    void everyXmlResultMapDeclaresAnId() {
        Configuration configuration = parseAll();

        for (ResultMap resultMap : resultMapsByFullId(configuration)) {
            // MyBatis' own auto-generated inline maps (for resultType) have no id and no mappings
            if (resultMap.getResultMappings().isEmpty() || resultMap.getId().contains("-Inline")) {
                continue;
            }
            assertThat(resultMap.getIdResultMappings())
                    .as("resultMap %s must declare <id> (or <idArg>) so rows collapse", resultMap.getId())
                    .anyMatch(mapping -> mapping.getFlags().stream().anyMatch(flag -> flag.name().equals("ID")));
        }
    }

    @Test
    void everyNestedResultMapExists() {
        Configuration configuration = parseAll();
        configuration.getMappedStatementNames();

        // MyBatis looks up an <association>/<collection resultMap="..."> only when it maps a row
        for (ResultMap resultMap : resultMapsByFullId(configuration)) {
            for (ResultMapping mapping : resultMap.getResultMappings()) {
                if (mapping.getNestedResultMapId() != null) {
                    assertThat(configuration.hasResultMap(mapping.getNestedResultMapId()))
                            .as("resultMap %s maps '%s' with resultMap %s", resultMap.getId(), mapping.getProperty(),
                                    mapping.getNestedResultMapId())
                            .isTrue();
                }
            }
        }
    }

    /**
     * Every resultMap once. {@code getResultMaps()} also holds MyBatis's short-id entries, and once
     * two namespaces use the same short id that entry is a placeholder, not a {@code ResultMap}.
     */
    private static List<ResultMap> resultMapsByFullId(Configuration configuration) {
        return configuration.getResultMapNames().stream()
                .filter(name -> name.contains("."))
                .map(configuration::getResultMap)
                .toList();
    }
}
