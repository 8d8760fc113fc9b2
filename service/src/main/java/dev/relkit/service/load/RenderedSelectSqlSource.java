package dev.relkit.service.load;

import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL source of relkit's generated loader statements: the parameter is a rendered
 * mybatis-dynamic-sql {@link SelectStatementProvider}, parsed the way {@code @SelectProvider} with
 * {@code SqlProviderAdapter} parses it, so one mapped statement serves every key list.
 */
final class RenderedSelectSqlSource implements SqlSource {

    /** Distinct statement texts kept parsed per loader statement (key-list lengths, extra criteria). */
    static final int PARSED_CACHE_SIZE = 64;

    private final Configuration configuration;

    /**
     * Parsed statements by their text: parsing a select-in of 500 keys is a token scan over 500
     * placeholders, and the text repeats for every chunk of the same size. The parse depends only on
     * the text (parameter mappings are resolved against {@link SelectStatementProvider}), never on the
     * values, so a parsed source serves every provider with the same text.
     */
    private final Map<String, SqlSource> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, SqlSource> eldest) {
                    return size() > PARSED_CACHE_SIZE;
                }
            });

    RenderedSelectSqlSource(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public BoundSql getBoundSql(Object parameterObject) {
        if (!(parameterObject instanceof SelectStatementProvider provider)) {
            throw new IllegalArgumentException("relkit loader statements take a SelectStatementProvider, not "
                    + (parameterObject == null ? "null" : parameterObject.getClass().getName()));
        }
        return parsed.computeIfAbsent(provider.getSelectStatement(), sql -> new SqlSourceBuilder(configuration)
                .parse(sql, SelectStatementProvider.class, Map.of()))
                .getBoundSql(provider);
    }
}
