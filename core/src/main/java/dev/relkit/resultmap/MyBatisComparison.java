package dev.relkit.resultmap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.executor.result.DefaultResultHandler;
import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.logging.Log;
import org.apache.ibatis.logging.LogFactory;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.RowBounds;

/**
 * The check behind {@value CompiledResultMapInterceptor#VERIFY_VARIABLE}: one result set mapped by
 * a compiled resultMap and by MyBatis's own {@code DefaultResultSetHandler} in the same pass, row by
 * row, and the two graphs compared as {@link GraphShape}s (values, list classes and object identity).
 *
 * <p>MyBatis drives the pass: each time it moves to the next row, the compiled reader maps that row
 * first, then MyBatis reads it. Both therefore see the same rows, in one execution of the statement
 * (no second query that could see other rows or be counted by the application).
 *
 * <p>Outcomes: equal graphs return the compiled results; MyBatis failing with the driver's
 * {@code SQLException} where the compiled side maps the rows is taken for a column the driver reads
 * only once per row (Derby's LOBs), logged once per statement as not verified, and the compiled
 * results are returned; different graphs, or one side failing where the other does not, or both
 * failing with different exception classes, throw an {@link ExecutorException} naming the
 * statement and the first difference. When both fail alike,
 * the compiled side's exception is thrown, as it would be without the check.
 */
final class MyBatisComparison {

    private static final Log LOG = LogFactory.getLog(MyBatisComparison.class);
    /** Statements already reported as not verifiable, so that each is reported once. */
    private static final Set<String> UNVERIFIABLE = ConcurrentHashMap.newKeySet();

    private MyBatisComparison() {
    }

    static List<Object> readAll(RowGraphReader reader, List<Object> results, DefaultResultSetHandler myBatis,
            MappedStatement statement, ResultSetWrapper columns) throws SQLException {
        CompiledSide compiled = new CompiledSide(reader, columns.getResultSet(), results);
        ResultSet stepping = (ResultSet) Proxy.newProxyInstance(MyBatisComparison.class.getClassLoader(),
                new Class<?>[] {ResultSet.class}, compiled);
        DefaultResultHandler reference = new DefaultResultHandler(statement.getConfiguration().getObjectFactory());
        Exception myBatisFailure = null;
        reader.start();
        try {
            myBatis.handleRowValues(new ResultSetWrapper(stepping, statement.getConfiguration()),
                    statement.getResultMaps().get(0), reference, RowBounds.DEFAULT, null);
        } catch (SQLException | RuntimeException e) {
            myBatisFailure = e;
            // the rows MyBatis did not get to: does the compiled side fail on them too?
            while (compiled.failure == null && stepping.next()) {
                // mapped by CompiledSide
            }
        }
        compiled.finish();
        String id = statement.getId();
        if (compiled.failure == null && readsOnce(myBatisFailure)) {
            if (UNVERIFIABLE.add(id)) {
                LOG.warn("Statement " + id + " is not verified: the driver does not read a column of a row twice ("
                        + myBatisFailure + ")");
            }
            return results;
        }
        if (compiled.failure != null || myBatisFailure != null) {
            if (compiled.failure != null && myBatisFailure != null
                    && compiled.failure.getClass() == myBatisFailure.getClass()) {
                throw compiled.rethrow();
            }
            ExecutorException mismatch = new ExecutorException("Statement " + id + ": the compiled resultMap "
                    + (compiled.failure == null ? "maps the rows" : "fails (" + compiled.failure + ")")
                    + " but MyBatis " + (myBatisFailure == null ? "maps them" : "fails (" + myBatisFailure + ")"),
                    compiled.failure != null ? compiled.failure : myBatisFailure);
            if (compiled.failure != null && myBatisFailure != null) {
                mismatch.addSuppressed(myBatisFailure);
            }
            throw mismatch;
        }
        String difference = GraphShape.firstDifference(GraphShape.of(reference.getResultList()),
                GraphShape.of(results));
        if (difference != null) {
            throw new ExecutorException("Statement " + id + ": the compiled resultMap's graph differs from "
                    + "MyBatis's (expected: MyBatis's) " + difference);
        }
        return results;
    }

    /**
     * Whether MyBatis failed reading a value the compiled side had just read: some drivers (Derby's
     * LOBs, streams) give a column of a row once, so MyBatis's read of the same row fails with the
     * driver's {@code SQLException}. The comparison is then inconclusive, not a difference.
     */
    private static boolean readsOnce(Exception myBatisFailure) {
        for (Throwable cause = myBatisFailure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** The result set as MyBatis reads it; each {@code next()} also maps the new row through the compiled reader. */
    private static final class CompiledSide implements InvocationHandler {
        private final RowGraphReader reader;
        private final ResultSet resultSet;
        private final List<Object> results;
        private Exception failure;

        CompiledSide(RowGraphReader reader, ResultSet resultSet, List<Object> results) {
            this.reader = reader;
            this.resultSet = resultSet;
            this.results = results;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getName().equals("next") && method.getParameterCount() == 0) {
                boolean onRow = resultSet.next();
                if (onRow && failure == null) {
                    try {
                        add(reader.row(resultSet));
                    } catch (SQLException | RuntimeException e) {
                        failure = e;
                    }
                }
                return onRow;
            }
            try {
                return method.invoke(resultSet, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        void finish() {
            if (failure == null) {
                add(reader.finish());
            }
        }

        private void add(Object result) {
            if (result != RowGraphReader.NO_MORE_RESULTS) {
                results.add(result);
            }
        }

        RuntimeException rethrow() throws SQLException {
            if (failure instanceof SQLException e) {
                throw e;
            }
            return (RuntimeException) failure;
        }
    }
}
