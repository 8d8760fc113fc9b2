package dev.relkit.sql;

import org.apache.ibatis.mapping.SqlSource;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

import java.util.Map;

/**
 * The parameter of relkit's generated statements (the loader's selects, the unit of work's writes):
 * SQL rendered by mybatis-dynamic-sql with its {@code #{parameters.pN}} placeholders, the parameter
 * values, and the key the database generated on insert (set by MyBatis's {@code Jdbc3KeyGenerator}).
 */
public final class RenderedStatement {

    private final String sql;
    private final Map<String, Object> parameters;
    /** The text's placeholders already parsed (a {@link StatementTemplate}'s), or null to parse by text. */
    private final SqlSource parsed;
    private Object generatedKey;
    private java.util.List<Object> generatedKeys;

    /**
     * @param sql        the statement text with {@code #{parameters.name}} placeholders
     * @param parameters the values by placeholder name; held, not copied
     */
    public RenderedStatement(String sql, Map<String, Object> parameters) {
        this(sql, parameters, null);
    }

    RenderedStatement(String sql, Map<String, Object> parameters, SqlSource parsed) {
        this.sql = sql;
        this.parameters = parameters;
        this.parsed = parsed;
    }

    /** A rendered mybatis-dynamic-sql select as a statement parameter. */
    public static RenderedStatement of(SelectStatementProvider select) {
        return new RenderedStatement(select.getSelectStatement(), select.getParameters());
    }

    /** The statement text, read by the carrier statement's SQL source. */
    public String getSql() {
        return sql;
    }

    /** The parsed form of {@link #getSql()} when a template supplied it; null otherwise. */
    SqlSource parsed() {
        return parsed;
    }

    /** The values the placeholders {@code #{parameters.name}} bind. */
    public Map<String, Object> getParameters() {
        return parameters;
    }

    /**
     * The keys a multi-row {@code INSERT ... RETURNING} statement returned, in the order of its rows
     * ({@link GeneratedStatements#insertReturning}); null before it ran or for other statements.
     */
    public java.util.List<Object> getGeneratedKeys() {
        return generatedKeys;
    }

    void setGeneratedKeys(java.util.List<Object> generatedKeys) {
        this.generatedKeys = generatedKeys;
    }

    /** The key the database generated for an insert; null before the insert or for other statements. */
    public Object getGeneratedKey() {
        return generatedKey;
    }

    /** Set by MyBatis's key generator after an insert. */
    public void setGeneratedKey(Object generatedKey) {
        this.generatedKey = generatedKey;
    }

    @Override
    public String toString() {
        return sql + " " + parameters;
    }
}
