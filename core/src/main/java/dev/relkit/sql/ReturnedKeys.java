package dev.relkit.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.executor.keygen.KeyGenerator;
import org.apache.ibatis.mapping.MappedStatement;

/**
 * The key generator of relkit's multi-row {@code INSERT ... RETURNING key} statements: after the
 * statement ran, reads the first column of every row it returned, in order, into the
 * {@link RenderedStatement}'s {@link RenderedStatement#getGeneratedKeys() generated keys}. Unlike
 * {@code getGeneratedKeys()} after a multi-row insert, whose ids a driver can only compute from the
 * first id and the row count, these are the ids the server assigned, whatever its auto-increment lock
 * mode.
 */
final class ReturnedKeys implements KeyGenerator {

    static final ReturnedKeys INSTANCE = new ReturnedKeys();

    private ReturnedKeys() {
    }

    @Override
    public void processBefore(Executor executor, MappedStatement statement, Statement jdbcStatement, Object parameter) {
        // the keys exist only once the rows are inserted
    }

    @Override
    public void processAfter(Executor executor, MappedStatement statement, Statement jdbcStatement, Object parameter) {
        if (!(parameter instanceof RenderedStatement rendered)) {
            throw new ExecutorException(statement.getId() + " expects a RenderedStatement parameter, not " + parameter);
        }
        List<Object> keys = new ArrayList<>();
        try (ResultSet returned = jdbcStatement.getResultSet()) {
            if (returned == null) {
                throw new ExecutorException(statement.getId() + " returned no rows: the server does not support"
                        + " INSERT ... RETURNING (MariaDB 10.5 or later is needed)");
            }
            while (returned.next()) {
                keys.add(returned.getObject(1));
            }
        } catch (SQLException e) {
            throw new ExecutorException("Could not read the keys returned by " + statement.getId() + ": " + e.getMessage(), e);
        }
        rendered.setGeneratedKeys(keys);
    }
}
