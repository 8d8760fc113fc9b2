package dev.relkit.mapper;

import org.apache.ibatis.datasource.unpooled.UnpooledDataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * The SQL of relkit's XML statements, parsed without a database, so tests can compare hand-written
 * XML with what the relationship declarations say (for example a collection's declared order).
 */
public final class XmlStatements {

    private static final Configuration CONFIGURATION = ReferenceCatalogue.newConfiguration(
            new Environment("parse-only", new JdbcTransactionFactory(), new UnpooledDataSource()));

    private XmlStatements() {
    }

    /** The statement's SQL for a parameterless call, whitespace collapsed to single spaces. */
    public static String sql(String namespace, String statementId) {
        return CONFIGURATION.getMappedStatement(namespace + "." + statementId)
                .getBoundSql(null).getSql().replaceAll("\\s+", " ").trim();
    }
}
