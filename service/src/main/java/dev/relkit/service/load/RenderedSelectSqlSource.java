package dev.relkit.service.load;

import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.util.Map;

/**
 * The SQL source of relkit's generated loader statements: the parameter is a rendered
 * mybatis-dynamic-sql {@link SelectStatementProvider}, parsed the way {@code @SelectProvider} with
 * {@code SqlProviderAdapter} parses it, so one mapped statement serves every key list.
 */
final class RenderedSelectSqlSource implements SqlSource {

    private final Configuration configuration;

    RenderedSelectSqlSource(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public BoundSql getBoundSql(Object parameterObject) {
        if (!(parameterObject instanceof SelectStatementProvider provider)) {
            throw new IllegalArgumentException("relkit loader statements take a SelectStatementProvider, not "
                    + (parameterObject == null ? "null" : parameterObject.getClass().getName()));
        }
        SqlSource parsed = new SqlSourceBuilder(configuration)
                .parse(provider.getSelectStatement(), SelectStatementProvider.class, Map.of());
        return parsed.getBoundSql(provider);
    }
}
