package dev.relkit.sql;

import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL source of relkit's generated mapped statements: the SQL travels in the
 * {@link RenderedStatement} parameter and is parsed the way {@code SqlProviderAdapter} parses a
 * rendered mybatis-dynamic-sql statement, so one mapped statement per shape (a loader resultMap, an
 * entity and operation) serves every key list and column set.
 */
public final class RenderedStatementSqlSource implements SqlSource {

    /** Distinct statement texts kept parsed per mapped statement (key-list lengths, column sets). */
    static final int PARSED_CACHE_SIZE = 64;

    private final Configuration configuration;

    /**
     * Parsed statements by their text: parsing a select-in of 500 keys is a token scan over 500
     * placeholders, and the text repeats for every chunk of the same size. The parse depends only on
     * the text (parameter mappings are resolved against the {@link RenderedStatement}), never on the
     * values, so one parsed source serves every statement with the same text.
     */
    private final Map<String, SqlSource> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, SqlSource> eldest) {
                    return size() > PARSED_CACHE_SIZE;
                }
            });

    /** The SQL source of a carrier statement of {@code configuration}, which parses each text against it. */
    public RenderedStatementSqlSource(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public BoundSql getBoundSql(Object parameterObject) {
        if (!(parameterObject instanceof RenderedStatement statement)) {
            throw new IllegalArgumentException("relkit's generated statements take a RenderedStatement, not "
                    + (parameterObject == null ? "null" : parameterObject.getClass().getName()));
        }
        return parsed.computeIfAbsent(statement.getSql(), sql -> new SqlSourceBuilder(configuration)
                        .parse(sql, RenderedStatement.class, Map.of()))
                .getBoundSql(statement);
    }
}
