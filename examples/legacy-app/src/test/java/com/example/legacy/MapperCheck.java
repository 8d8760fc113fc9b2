package com.example.legacy;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.mapping.Discriminator;
import org.apache.ibatis.mapping.ResultFlag;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a parsed MyBatis configuration without a database, so that a broken mapper fails the build
 * instead of the first request that uses it.
 *
 * <p>Building every statement ({@link Configuration#getMappedStatementNames()}) already fails on an
 * {@code <include>}, a statement {@code resultMap} or a resultMap {@code extends} that does not
 * resolve: MyBatis throws naming the missing id. It does not look at the {@code resultMap} of an
 * {@code <association>}, {@code <collection>} or discriminator {@code <case>} until a row is mapped,
 * and it accepts a mapper method without a statement until the method is called; {@link #verify}
 * checks those too.
 */
final class MapperCheck {

    private MapperCheck() {
    }

    /** Parses a {@code mybatis-config.xml} from the classpath, with its mappers; builds nothing yet. */
    static Configuration parse(String configResource) {
        try (Reader reader = Resources.getResourceAsReader(configResource)) {
            return new XMLConfigBuilder(reader).parse();
        } catch (IOException e) {
            throw new UncheckedIOException("MyBatis configuration " + configResource + " is not on the classpath", e);
        }
    }

    /**
     * Builds every statement and checks every reference.
     *
     * @throws RuntimeException from MyBatis when a statement, include, extends or cache-ref does not
     *     resolve (the message names the missing id)
     * @throws AssertionError listing every other problem: an unresolved nested resultMap, a resultMap
     *     without {@code <id>}, a mapper method without a statement
     */
    static void verify(Configuration configuration) {
        configuration.getMappedStatementNames(); // builds all pending statements, or throws
        List<String> problems = new ArrayList<>();
        configuration.getIncompleteStatements().forEach(s -> problems.add("incomplete statement " + s));
        configuration.getIncompleteResultMaps().forEach(r -> problems.add("incomplete resultMap " + r));
        configuration.getIncompleteCacheRefs().forEach(c -> problems.add("incomplete cache-ref " + c));
        configuration.getIncompleteMethods().forEach(m -> problems.add("incomplete annotated method " + m));
        for (ResultMap resultMap : resultMaps(configuration)) {
            checkNestedResultMaps(configuration, resultMap, problems);
            checkId(resultMap, problems);
        }
        for (Class<?> mapper : configuration.getMapperRegistry().getMappers()) {
            checkMethodsHaveStatements(configuration, mapper, problems);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("MyBatis configuration has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ":\n  " + String.join("\n  ", problems));
        }
    }

    private static void checkNestedResultMaps(Configuration configuration, ResultMap resultMap, List<String> problems) {
        for (ResultMapping mapping : resultMap.getResultMappings()) {
            String nested = mapping.getNestedResultMapId();
            if (nested != null && !configuration.hasResultMap(nested)) {
                problems.add("resultMap " + resultMap.getId() + " maps property '" + mapping.getProperty()
                        + "' with resultMap " + nested + ", which does not exist");
            }
        }
        Discriminator discriminator = resultMap.getDiscriminator();
        if (discriminator != null) {
            discriminator.getDiscriminatorMap().forEach((value, caseMap) -> {
                if (!configuration.hasResultMap(caseMap)) {
                    problems.add("resultMap " + resultMap.getId() + " discriminates value '" + value
                            + "' to resultMap " + caseMap + ", which does not exist");
                }
            });
        }
    }

    /** Without an id, rows of one object do not collapse and every row is mapped again. */
    private static void checkId(ResultMap resultMap, List<String> problems) {
        boolean generatedForResultType = resultMap.getId().endsWith("-Inline") || resultMap.getResultMappings().isEmpty();
        boolean hasId = resultMap.getResultMappings().stream().anyMatch(m -> m.getFlags().contains(ResultFlag.ID));
        if (!generatedForResultType && !hasId) {
            problems.add("resultMap " + resultMap.getId() + " declares no <id> or <idArg>");
        }
    }

    private static void checkMethodsHaveStatements(Configuration configuration, Class<?> mapper, List<String> problems) {
        for (Method method : mapper.getMethods()) {
            if (method.isDefault() || method.isBridge() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String statementId = mapper.getName() + "." + method.getName();
            if (!configuration.hasStatement(statementId, false)) {
                problems.add("mapper method " + mapper.getName() + "#" + method.getName()
                        + " has no statement " + statementId);
            }
        }
    }

    /**
     * Every resultMap once, by its full id: MyBatis also files each under its short id, where two
     * namespaces using the same short id leave a placeholder that is not a resultMap.
     */
    private static List<ResultMap> resultMaps(Configuration configuration) {
        return configuration.getResultMapNames().stream()
                .filter(name -> name.contains("."))
                .map(configuration::getResultMap)
                .toList();
    }
}
