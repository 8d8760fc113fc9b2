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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
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
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * A MyBatis plugin that maps query results (lists and cursors) through compiled resultMaps:
 * columns read by index, properties written by generated setters, rows collapsed by their id
 * columns without MyBatis's per-row {@code CacheKey}s and {@code MetaObject}s. The resultMaps,
 * statements and results stay MyBatis's: the same XML (or annotations) is read, and the same
 * objects come out.
 *
 * <p>Each execution is left to MyBatis, untouched, when the first of these applies (the reason is
 * logged at debug level the first time, and listed by {@link #statementsLeftToMyBatis()}):
 * <ol>
 * <li>the call: the caller passed a {@code ResultHandler}, or {@code RowBounds} other than the default;
 * <li>the settings at that moment ({@link PlanSettings}): {@value #DISABLED_VARIABLE} is
 *     {@code true}, {@code callSettersOnNulls} or {@code returnInstanceForEmptyRow} is set, or the
 *     {@code ObjectWrapperFactory} is not MyBatis's default;
 * <li>the statement: a stored procedure ({@code CALLABLE}), a {@code resultSets} attribute, or other
 *     than exactly one resultMap;
 * <li>the resultMap tree (the statement's resultMap, every nested one and every discriminator case)
 *     against this result set's columns and the settings: a result type that is a {@code Map} or has
 *     a type handler of its own (a scalar); a resultMap with {@code <constructor>} arguments; a result
 *     type that is a class without a no-argument constructor (MyBatis then auto-maps a constructor,
 *     or fails); a nested select, a {@code resultSet} or composite-column mapping; a property path
 *     ({@code a.b}, {@code a[0]}); a discriminator column or {@code notNullColumn} that is not in the
 *     result set; a discriminated nested resultMap linked as an ancestor or without any column under
 *     its prefix; a resultMap linked as an ancestor and also mapped twice; an auto-mapping column
 *     without a property while {@code autoMappingUnknownColumnBehavior} is not {@code NONE}; and any
 *     error while compiling (a mapped property without a setter, say), so that MyBatis fails as it
 *     would.
 * </ol>
 * Everything else is compiled once per statement, column set and {@link PlanSettings settings}, and
 * read by a {@link RowGraphReader}; cursors ({@code selectCursor}) hand out one object at a time,
 * when MyBatis's {@code DefaultCursor} would ({@link CompiledCursor}, itself a {@code DefaultCursor}).
 *
 * <p>{@link dev.relkit.Relkit.Builder#compiledResultMaps()} installs it. In a MyBatis XML
 * configuration: {@code <plugin interceptor="dev.relkit.resultmap.CompiledResultMapInterceptor"/>}.
 * Setting the configuration variable {@value #DISABLED_VARIABLE} to {@code true} turns it off, at
 * the next execution; {@value #VERIFY_VARIABLE} checks every compiled result against MyBatis.
 */
public final class CompiledResultMapInterceptor implements Interceptor {

    /** A configuration variable ({@code <properties>}): {@code true} leaves every statement to MyBatis. */
    public static final String DISABLED_VARIABLE = "relkit.compiledResultMaps.disabled";

    /**
     * A configuration variable or system property: {@code true} maps every list result both ways,
     * through the compiled resultMap and through MyBatis, from the same rows, and fails the statement
     * when the two graphs differ ({@link MyBatisComparison}). For test suites: it costs MyBatis's
     * mapping on top of the compiled one.
     */
    public static final String VERIFY_VARIABLE = "relkit.compiledResultMaps.verify";

    private static final Log LOG = LogFactory.getLog(CompiledResultMapInterceptor.class);
    /**
     * Plans remembered per statement (one per column set and settings); dynamic SQL beyond this many
     * compiles per execution.
     */
    private static final int PLANS_PER_STATEMENT = 32;
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
        Configuration configuration = statement.getConfiguration();
        StatementPlans statementPlans = plans.computeIfAbsent(statement, StatementPlans::new);
        PlanSettings settings = PlanSettings.of(configuration);
        String reason = resultHandler != null ? "the caller passed a ResultHandler"
                : rowBounds.getOffset() != RowBounds.NO_ROW_OFFSET || rowBounds.getLimit() != RowBounds.NO_ROW_LIMIT
                        ? "the caller passed RowBounds"
                        : settings.leftToMyBatis();
        if (reason == null) {
            reason = statementPlans.unsupported;
        }
        if (reason != null) {
            statementPlans.leftToMyBatis(reason);
            return cursor ? handler.handleCursorResultSets(jdbcStatement) : handler.handleResultSets(jdbcStatement);
        }
        ErrorContext.instance().activity(cursor ? "handling cursor results" : "handling results")
                .object(statement.getId());
        ResultSet resultSet = firstResultSet(jdbcStatement);
        ResultMap resultMap = statement.getResultMaps().get(0);
        if (resultSet == null) {
            // MyBatis's handleResultSets: no result set, no result handler, an empty list of results
            return cursor ? new DefaultCursor<>(handler, resultMap, null, rowBounds) : new ArrayList<>();
        }
        ResultSetWrapper columns = new ResultSetWrapper(resultSet, configuration);
        Plan plan = statementPlans.planFor(columns, settings);
        if (plan.unsupported() != null) {
            statementPlans.leftToMyBatis(plan.unsupported());
        }
        if (cursor) {
            return plan.root() != null ? new CompiledCursor<>(handler, resultMap, columns, plan.reader(statement))
                    : new DefaultCursor<>(handler, resultMap, columns, rowBounds);
        }
        try {
            if (plan.root() == null) {
                DefaultResultHandler collector = new DefaultResultHandler(settings.objectFactory());
                handler.handleRowValues(columns, resultMap, collector, rowBounds, null);
                return collector.getResultList();
            }
            // MyBatis's DefaultResultHandler: the results go to objectFactory.create(List.class)
            @SuppressWarnings("unchecked")
            List<Object> results = (List<Object>) plan.newList().get();
            if (verifies(configuration)) {
                return MyBatisComparison.readAll(plan.reader(statement), results, handler, statement, columns);
            }
            return plan.reader(statement).readAll(resultSet, results);
        } finally {
            resultSet.close();
        }
    }

    /** Whether {@value #VERIFY_VARIABLE} is set, as a configuration variable or a system property. */
    private static boolean verifies(Configuration configuration) {
        return PlanSettings.isTrue(configuration, VERIFY_VARIABLE) || Boolean.getBoolean(VERIFY_VARIABLE);
    }

    /**
     * The statements run so far that MyBatis mapped itself at least once, by id, with the reasons
     * (in the order they first applied, separated by {@code "; "}): a resultMap feature this plugin
     * does not reproduce (for some column set), a setting in force at that execution, or a
     * {@code ResultHandler} or {@code RowBounds} passed by the caller. The rule is the one in the
     * class comment.
     */
    public Map<String, String> statementsLeftToMyBatis() {
        Map<String, String> left = new TreeMap<>();
        for (StatementPlans statementPlans : plans.values()) {
            if (!statementPlans.reasons.isEmpty()) {
                left.put(statementPlans.statement.getId(), String.join("; ", statementPlans.reasons));
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

    /**
     * One statement's compiled plans, per column set (dynamic SQL may select different columns) and
     * per {@link PlanSettings settings} in force when they were compiled.
     */
    private static final class StatementPlans {
        private final MappedStatement statement;
        /** Why this statement is always left to MyBatis, whatever its columns and settings, or null. */
        private final String unsupported;
        private final Map<List<Object>, Plan> byColumnsAndSettings = new ConcurrentHashMap<>();
        private final Set<String> reasons = new CopyOnWriteArraySet<>();

        StatementPlans(MappedStatement statement) {
            this.statement = statement;
            this.unsupported = unsupported(statement);
        }

        /** Records that MyBatis maps this execution, and why; logged the first time a reason applies. */
        void leftToMyBatis(String reason) {
            if (reasons.add(reason) && LOG.isDebugEnabled()) {
                LOG.debug("Statement " + statement.getId() + " is mapped by MyBatis: " + reason);
            }
        }

        /** The plan for these columns under these settings, compiled on first use. */
        Plan planFor(ResultSetWrapper columns, PlanSettings settings) {
            List<Object> key = List.of(columns.getColumnNames(), columns.getJdbcTypes(), columns.getClassNames(),
                    settings);
            Plan plan = byColumnsAndSettings.get(key);
            if (plan == null) {
                plan = Plan.compile(statement, columns, settings);
                if (byColumnsAndSettings.size() < PLANS_PER_STATEMENT) {
                    byColumnsAndSettings.put(key, plan);
                }
            }
            return plan;
        }

        private static String unsupported(MappedStatement statement) {
            if (statement.getStatementType() == StatementType.CALLABLE) {
                return "a stored procedure call";
            }
            if (statement.getResultSets() != null || statement.getResultMaps().size() != 1) {
                return "it maps several result sets";
            }
            return null;
        }
    }

    /** A compiled resultMap tree, or the reason these columns are left to MyBatis under these settings. */
    private record Plan(ResultMapChoice root, int depth, boolean nested, PlanSettings settings,
            Supplier<Object> newList, String unsupported) {
        static Plan compile(MappedStatement statement, ResultSetWrapper columns, PlanSettings settings) {
            BoundResultMap.Compiler compiler = new BoundResultMap.Compiler(statement, columns, settings);
            try {
                ResultMapChoice root = compiler.compileRoot();
                return new Plan(root, RowGraphReader.depth(root), compiler.nested(), settings,
                        PropertyAccess.instantiator(settings.objectFactory(), List.class), null);
            } catch (BoundResultMap.Unsupported | RuntimeException e) {
                // a RuntimeException: a resultMap MyBatis would fail on at run time (no setter, say);
                // MyBatis maps it, and fails, as it would without this plugin
                String reason = e instanceof BoundResultMap.Unsupported ? e.getMessage() : e.toString();
                return new Plan(null, 0, false, settings, null, reason);
            }
        }

        /** A reader for one execution (it holds that execution's objects). */
        RowGraphReader reader(MappedStatement statement) {
            return new RowGraphReader(root, depth, nested, statement.isResultOrdered(), settings.objectFactory());
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
