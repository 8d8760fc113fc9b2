package dev.relkit.sql;

import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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
     * values, so one parsed source serves every statement with the same text. Read without a lock by
     * every thread running the statement; once {@link #PARSED_CACHE_SIZE} texts are kept, further
     * texts are parsed per execution rather than evicting (a lock-free map has no cheap LRU order).
     */
    private final ConcurrentMap<String, SqlSource> parsed = new ConcurrentHashMap<>();

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
        SqlSource source = statement.parsed();
        if (source == null) {
            source = parsed.get(statement.getSql());
        }
        if (source == null) {
            source = new SqlSourceBuilder(configuration).parse(statement.getSql(), RenderedStatement.class, Map.of());
            if (parsed.size() < PARSED_CACHE_SIZE) {
                parsed.putIfAbsent(statement.getSql(), source);
            }
        }
        return source.getBoundSql(statement);
    }
}
