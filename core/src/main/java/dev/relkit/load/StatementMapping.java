package dev.relkit.load;

import org.apache.ibatis.mapping.Discriminator;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultMapping;
import org.apache.ibatis.session.Configuration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a statement's resultMap tree maps: whether the parents' statement of a top-level {@code joined}
 * option really joins the relationship (a nested resultMap or nested select on the relationship's
 * property), discriminator cases included. A {@code joined} option over a statement that does not map
 * it would otherwise leave every reference null and every collection empty, silently.
 */
final class StatementMapping {

    private StatementMapping() {
    }

    /** The statement's own resultMap, or null when it has none (a scalar or {@code resultType} statement). */
    static ResultMap rootOf(MappedStatement statement) {
        List<ResultMap> resultMaps = statement.getResultMaps();
        return resultMaps.isEmpty() ? null : resultMaps.get(0);
    }

    /**
     * The nested resultMap mapping {@code property} in {@code resultMap} or one of its discriminator
     * cases; {@code resultMap} itself for a nested select (nothing further to check below it); null when
     * the tree does not map the property.
     */
    static ResultMap nested(ResultMap resultMap, String property, Configuration configuration) {
        Deque<ResultMap> work = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        work.add(resultMap);
        while (!work.isEmpty()) {
            ResultMap current = work.poll();
            if (!seen.add(current.getId())) {
                continue;
            }
            for (ResultMapping mapping : current.getPropertyResultMappings()) {
                if (!property.equals(mapping.getProperty())) {
                    continue;
                }
                if (mapping.getNestedResultMapId() != null && configuration.hasResultMap(mapping.getNestedResultMapId())) {
                    return configuration.getResultMap(mapping.getNestedResultMapId());
                }
                if (mapping.getNestedQueryId() != null) {
                    return current;
                }
            }
            Discriminator discriminator = current.getDiscriminator();
            if (discriminator != null) {
                for (String caseId : discriminator.getDiscriminatorMap().values()) {
                    if (configuration.hasResultMap(caseId)) {
                        work.add(configuration.getResultMap(caseId));
                    }
                }
            }
        }
        return null;
    }
}
