package dev.relkit.resultmap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.cursor.defaults.DefaultCursor;
import org.apache.ibatis.executor.ErrorContext;
import org.apache.ibatis.executor.result.DefaultResultHandler;
import org.apache.ibatis.executor.resultset.DefaultResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.logging.Log;
import org.apache.ibatis.logging.LogFactory;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.StatementType;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.reflection.wrapper.DefaultObjectWrapperFactory;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * A MyBatis plugin that maps query results (lists and cursors) through compiled resultMaps:
 * columns read by index, properties written by generated setters, rows collapsed by their id
 * columns without MyBatis's per-row {@code CacheKey}s and {@code MetaObject}s. The resultMaps, statements and results stay
 * MyBatis's: the same XML (or annotations) is read, and the same objects come out.
 *
 * <p>It takes a {@code select} whose single resultMap (and every nested one) uses id, result,
 * association and collection mappings and discriminators, with or without {@code columnPrefix},
 * {@code notNullColumn}, auto-mapping and {@code resultOrdered}. Anything else goes to MyBatis untouched, decided per
 * statement and per column set: constructor mappings, nested selects, multiple
 * result sets, scalar or {@code Map} results, property paths, a {@code ResultHandler} or
 * {@code RowBounds} passed by the caller, stored procedures, {@code callSettersOnNulls} and
 * {@code returnInstanceForEmptyRow}. Cursors ({@code selectCursor}) are read the same way, one
 * object at a time as MyBatis's {@code DefaultCursor} hands them out. The reason a statement was
 * left to MyBatis is logged once at debug level under this class's name.
 *
 * <p>{@link dev.relkit.Relkit.Builder#compiledResultMaps()} installs it. In a MyBatis XML
 * configuration: {@code <plugin interceptor="dev.relkit.resultmap.CompiledResultMapInterceptor"/>}.
 * Setting the configuration variable {@value #DISABLED_VARIABLE} to {@code true} turns it off.
 */
public final class CompiledResultMapInterceptor implements Interceptor {

    /** A configuration variable ({@code <properties>}): {@code true} leaves every statement to MyBatis. */
    public static final String DISABLED_VARIABLE = "relkit.compiledResultMaps.disabled";

    private static final Log LOG = LogFactory.getLog(CompiledResultMapInterceptor.class);
    /** Column sets remembered per statement; dynamic SQL beyond this many compiles per execution. */
    private static final int COLUMN_SETS_PER_STATEMENT = 32;
    private static final HandlerFields FIELDS = HandlerFields.find();

    private final Map<MappedStatement, StatementPlans> plans = new ConcurrentHashMap<>();

    /**
     * Wraps MyBatis's result set handlers, and only those, in a handler of this plugin's own: no
     * reflective {@code Plugin} proxy per statement, and every other target is returned unchanged.
     */
    @Override
    public Object plugin(Object target) {
        return FIELDS != null && target instanceof DefaultResultSetHandler handler ? new CompiledResultSetHandler(handler)
                : target;
    }

    /** Not called: {@link #plugin} wraps the result set handlers itself. */
    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        return invocation.proceed();
    }

    /** MyBatis's handler, with its results read through the compiled resultMaps where they apply. */
    private final class CompiledResultSetHandler implements ResultSetHandler {
        private final DefaultResultSetHandler handler;

        CompiledResultSetHandler(DefaultResultSetHandler handler) {
            this.handler = handler;
        }

        @Override
        public <E> List<E> handleResultSets(Statement statement) throws SQLException {
            @SuppressWarnings("unchecked")
            List<E> results = (List<E>) handle(handler, statement, false);
            return results;
        }

        @Override
        public <E> Cursor<E> handleCursorResultSets(Statement statement) throws SQLException {
            @SuppressWarnings("unchecked")
            Cursor<E> cursor = (Cursor<E>) handle(handler, statement, true);
            return cursor;
        }

        @Override
        public void handleOutputParameters(CallableStatement statement) throws SQLException {
            handler.handleOutputParameters(statement);
        }
    }

    private Object handle(DefaultResultSetHandler handler, Statement jdbcStatement, boolean cursor)
            throws SQLException {
        MappedStatement statement = (MappedStatement) FIELDS.mappedStatement.get(handler);
        RowBounds rowBounds = (RowBounds) FIELDS.rowBounds.get(handler);
        ResultHandler<?> resultHandler = (ResultHandler<?>) FIELDS.resultHandler.get(handler);
        StatementPlans statementPlans = plans.computeIfAbsent(statement, StatementPlans::new);
        if (statementPlans.unsupported != null || resultHandler != null
                || rowBounds.getOffset() != RowBounds.NO_ROW_OFFSET || rowBounds.getLimit() != RowBounds.NO_ROW_LIMIT) {
            return cursor ? handler.handleCursorResultSets(jdbcStatement) : handler.handleResultSets(jdbcStatement);
        }
        ErrorContext.instance().activity(cursor ? "handling cursor results" : "handling results")
                .object(statement.getId());
        ResultSet resultSet = firstResultSet(jdbcStatement);
        ResultMap resultMap = statement.getResultMaps().get(0);
        if (resultSet == null) {
            return cursor ? new DefaultCursor<>(handler, resultMap, null, rowBounds) : new ArrayList<>();
        }
        ResultSetWrapper columns = new ResultSetWrapper(resultSet, statement.getConfiguration());
        RowGraphReader reader = statementPlans.readerFor(columns);
        if (cursor) {
            return reader != null ? new CompiledCursor<>(resultSet, reader)
                    : new DefaultCursor<>(handler, resultMap, columns, rowBounds);
        }
        try {
            if (reader != null) {
                return reader.readAll(resultSet);
            }
            DefaultResultHandler collector = new DefaultResultHandler(statement.getConfiguration().getObjectFactory());
            handler.handleRowValues(columns, resultMap, collector, rowBounds, null);
            return collector.getResultList();
        } finally {
            resultSet.close();
        }
    }

    /**
     * The statements run so far that MyBatis maps itself, by id, with the reason (a resultMap
     * feature this plugin does not reproduce, or a setting). A call passing its own
     * {@code ResultHandler} or {@code RowBounds} is left to MyBatis too, but is not listed.
     */
    public Map<String, String> statementsLeftToMyBatis() {
        Map<String, String> left = new TreeMap<>();
        for (StatementPlans statementPlans : plans.values()) {
            String reason = statementPlans.reason();
            if (reason != null) {
                left.put(statementPlans.statement.getId(), reason);
            }
        }
        return left;
    }

    /** MyBatis's {@code getFirstResultSet}: some drivers answer an update count first. */
    private static ResultSet firstResultSet(Statement statement) throws SQLException {
        ResultSet resultSet = statement.getResultSet();
        while (resultSet == null) {
            if (statement.getMoreResults()) {
                resultSet = statement.getResultSet();
            } else if (statement.getUpdateCount() == -1) {
                break;
            }
        }
        return resultSet;
    }

    /** One statement's compiled plans, per column set (dynamic SQL may select different columns). */
    private static final class StatementPlans {
        private final MappedStatement statement;
        private final String unsupported;
        private final Map<List<Object>, Plan> byColumns = new ConcurrentHashMap<>();

        StatementPlans(MappedStatement statement) {
            this.statement = statement;
            this.unsupported = unsupported(statement);
            if (unsupported != null && LOG.isDebugEnabled()) {
                LOG.debug("Statement " + statement.getId() + " is mapped by MyBatis: " + unsupported);
            }
        }

        /** Why MyBatis maps this statement (for some column set), or null. */
        String reason() {
            return unsupported != null ? unsupported
                    : byColumns.values().stream().map(Plan::unsupported).filter(Objects::nonNull).findFirst()
                            .orElse(null);
        }

        /** A reader for these columns, or null when MyBatis has to map them. */
        RowGraphReader readerFor(ResultSetWrapper columns) {
            List<Object> key = List.of(columns.getColumnNames(), columns.getJdbcTypes(), columns.getClassNames());
            Plan plan = byColumns.get(key);
            if (plan == null) {
                plan = Plan.compile(statement, columns);
                if (byColumns.size() < COLUMN_SETS_PER_STATEMENT) {
                    byColumns.put(key, plan);
                }
            }
            return plan.root == null ? null
                    : new RowGraphReader(plan.root, plan.depth, plan.nested, statement.isResultOrdered(),
                            statement.getConfiguration().getObjectFactory());
        }

        private static String unsupported(MappedStatement statement) {
            Configuration configuration = statement.getConfiguration();
            if ("true".equals(configuration.getVariables() == null ? null
                    : configuration.getVariables().getProperty(DISABLED_VARIABLE))) {
                return DISABLED_VARIABLE + " is true";
            }
            if (statement.getStatementType() == StatementType.CALLABLE) {
                return "a stored procedure call";
            }
            if (statement.getResultSets() != null || statement.getResultMaps().size() != 1) {
                return "it maps several result sets";
            }
            if (configuration.isCallSettersOnNulls() || configuration.isReturnInstanceForEmptyRow()) {
                return "callSettersOnNulls or returnInstanceForEmptyRow is set";
            }
            if (configuration.getObjectWrapperFactory().getClass() != DefaultObjectWrapperFactory.class) {
                return "a custom ObjectWrapperFactory is set";
            }
            return null;
        }
    }

    /** A compiled resultMap tree, or the reason these columns are left to MyBatis. */
    private record Plan(ResultMapChoice root, int depth, boolean nested, String unsupported) {
        static Plan compile(MappedStatement statement, ResultSetWrapper columns) {
            BoundResultMap.Compiler compiler = new BoundResultMap.Compiler(statement, columns);
            try {
                ResultMapChoice root = compiler.compileRoot();
                return new Plan(root, RowGraphReader.depth(root), compiler.nested(), null);
            } catch (BoundResultMap.Unsupported | RuntimeException e) {
                // a RuntimeException: a resultMap MyBatis would fail on at run time (no setter, say);
                // MyBatis maps it, and fails, as it would without this plugin
                String reason = e instanceof BoundResultMap.Unsupported ? e.getMessage() : e.toString();
                if (LOG.isDebugEnabled()) {
                    LOG.debug("Statement " + statement.getId() + " is mapped by MyBatis: " + reason);
                }
                return new Plan(null, 0, false, reason);
            }
        }
    }

    /** The handler's private fields this plugin reads; null (plugin inactive) if MyBatis renamed them. */
    private record HandlerFields(VarHandle mappedStatement, VarHandle rowBounds, VarHandle resultHandler) {
        static HandlerFields find() {
            try {
                MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(DefaultResultSetHandler.class,
                        MethodHandles.lookup());
                return new HandlerFields(
                        lookup.findVarHandle(DefaultResultSetHandler.class, "mappedStatement", MappedStatement.class),
                        lookup.findVarHandle(DefaultResultSetHandler.class, "rowBounds", RowBounds.class),
                        lookup.findVarHandle(DefaultResultSetHandler.class, "resultHandler", ResultHandler.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                LogFactory.getLog(CompiledResultMapInterceptor.class)
                        .warn("MyBatis's DefaultResultSetHandler has changed; every statement is mapped by MyBatis: " + e);
                return null;
            }
        }
    }
}
