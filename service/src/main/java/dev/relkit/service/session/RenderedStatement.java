package dev.relkit.service.session;

import java.util.Map;

/**
 * The parameter of relkit's generated write (and select-by-id) statements: SQL rendered by
 * mybatis-dynamic-sql with its {@code #{parameters.pN}} placeholders, the parameter values, and the
 * key the database generated on insert (set by MyBatis's {@code Jdbc3KeyGenerator}).
 */
public final class RenderedStatement {

    private final String sql;
    private final Map<String, Object> parameters;
    private Object generatedKey;

    RenderedStatement(String sql, Map<String, Object> parameters) {
        this.sql = sql;
        this.parameters = parameters;
    }

    public String getSql() {
        return sql;
    }

    public Map<String, Object> getParameters() {
        return parameters;
    }

    public Object getGeneratedKey() {
        return generatedKey;
    }

    public void setGeneratedKey(Object generatedKey) {
        this.generatedKey = generatedKey;
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }
}
