package dev.relkit.service.session;

import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;

import java.util.Map;

/**
 * The SQL source of the unit of work's generated statements: the SQL travels in the
 * {@link RenderedStatement} parameter and is parsed the way {@code SqlProviderAdapter} parses a
 * rendered mybatis-dynamic-sql statement, so one mapped statement per entity and operation serves
 * every column set and key.
 */
final class RenderedStatementSqlSource implements SqlSource {

    private final Configuration configuration;

    RenderedStatementSqlSource(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public BoundSql getBoundSql(Object parameterObject) {
        if (!(parameterObject instanceof RenderedStatement statement)) {
            throw new IllegalArgumentException("relkit unit-of-work statements take a RenderedStatement, not "
                    + (parameterObject == null ? "null" : parameterObject.getClass().getName()));
        }
        return new SqlSourceBuilder(configuration)
                .parse(statement.getSql(), RenderedStatement.class, Map.of())
                .getBoundSql(statement);
    }
}
