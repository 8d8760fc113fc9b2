package dev.relkit.service.sql;

import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;

import java.util.Map;

/**
 * The SQL source of relkit's generated mapped statements: the SQL travels in the
 * {@link RenderedStatement} parameter and is parsed the way {@code SqlProviderAdapter} parses a
 * rendered mybatis-dynamic-sql statement, so one mapped statement per shape (a loader resultMap, an
 * entity and operation) serves every key list and column set.
 */
public final class RenderedStatementSqlSource implements SqlSource {

    private final Configuration configuration;

    public RenderedStatementSqlSource(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public BoundSql getBoundSql(Object parameterObject) {
        if (!(parameterObject instanceof RenderedStatement statement)) {
            throw new IllegalArgumentException("relkit's generated statements take a RenderedStatement, not "
                    + (parameterObject == null ? "null" : parameterObject.getClass().getName()));
        }
        return new SqlSourceBuilder(configuration)
                .parse(statement.getSql(), RenderedStatement.class, Map.of())
                .getBoundSql(statement);
    }
}
