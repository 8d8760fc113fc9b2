package dev.relkit.harness;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Records the SQL statements a test database's {@link TestDatabase#dataSource() data source} runs,
 * to assert how many a block issued (in the spirit of Hibernate's statistics and Django's
 * {@code assertNumQueries}) and to catch N+1 loading.
 *
 * <pre>{@code
 * List<Hero> heroes = statements.assertCount(2, () -> heroMapper.selectAllWithTeams());
 * statements.assertNoNPlusOne(1, () -> service.loadTeamsAndHeroes());
 * List<RecordedStatement> ran = statements.record(() -> session.selectList("..."));
 * }</pre>
 *
 * <p>Recording is per thread: a block sees only the statements run on the thread that runs the
 * block, so tests running in parallel on one database never mix their counts. Statements that a block
 * hands to other threads are not counted. Recordings nest: a statement counts in every recording
 * open on its thread. What counts as one statement is described at {@link RecordedStatement}.
 *
 * <p>Listeners ({@link #addListener(StatementListener)}, {@link #echoTo(PrintStream)}) see every
 * statement on every thread, for as long as they are attached. The echo can hide the values bound to
 * sensitive columns: {@link #echoTo(PrintStream, ParameterMask)}.
 */
public final class StatementRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(StatementRecorder.class);

    /** Per thread, the recordings open on it; unset on threads that record nothing. */
    private final ThreadLocal<List<Recording>> openRecordings = new ThreadLocal<>();
    private final List<StatementListener> listeners = new CopyOnWriteArrayList<>();

    StatementRecorder() {
    }

    /**
     * Runs the block and returns its result.
     *
     * @throws AssertionError when the block ran a number of statements other than {@code expected};
     *     the message lists every statement it ran, with parameters
     */
    public <T> T assertCount(int expected, Supplier<T> block) {
        try (Recording recording = startRecording()) {
            T result = block.get();
            List<RecordedStatement> ran = recording.statements();
            if (ran.size() != expected) {
                throw new AssertionError("Expected " + expected + " SQL statement" + (expected == 1 ? "" : "s")
                        + " but " + ran.size() + " ran:" + numbered(ran));
            }
            return result;
        }
    }

    /** As {@link #assertCount(int, Supplier)}, for a block without a result. */
    public void assertCount(int expected, Runnable block) {
        assertCount(expected, () -> {
            block.run();
            return null;
        });
    }

    /**
     * Runs the block and returns its result, failing when any one statement shape ran more than
     * {@code maxRunsPerShape} times: the signature of N+1 loading, where one query per parent row
     * replaces one query for all of them. Shapes ignore bound and inlined values, see
     * {@link RecordedStatement#shape()}.
     *
     * @throws AssertionError naming every shape that ran too often, with the parameters of each
     *     run, followed by all statements the block ran
     */
    public <T> T assertNoNPlusOne(int maxRunsPerShape, Supplier<T> block) {
        if (maxRunsPerShape < 1) {
            throw new IllegalArgumentException("maxRunsPerShape must be at least 1, was " + maxRunsPerShape);
        }
        try (Recording recording = startRecording()) {
            T result = block.get();
            List<RecordedStatement> ran = recording.statements();
            Map<String, List<RecordedStatement>> byShape = ran.stream()
                    .collect(Collectors.groupingBy(RecordedStatement::shape, LinkedHashMap::new, Collectors.toList()));
            StringBuilder repeated = new StringBuilder();
            byShape.forEach((shape, runs) -> {
                if (runs.size() > maxRunsPerShape) {
                    repeated.append("\n  ").append(runs.size()).append(" x ").append(shape);
                    runs.forEach(run -> repeated.append("\n      ").append(run));
                }
            });
            if (repeated.length() > 0) {
                throw new AssertionError("N+1 guard: a statement ran more than " + maxRunsPerShape
                        + " time" + (maxRunsPerShape == 1 ? "" : "s") + ":" + repeated
                        + "\nAll " + ran.size() + " statements:" + numbered(ran));
            }
            return result;
        }
    }

    /** As {@link #assertNoNPlusOne(int, Supplier)}, for a block without a result. */
    public void assertNoNPlusOne(int maxRunsPerShape, Runnable block) {
        assertNoNPlusOne(maxRunsPerShape, () -> {
            block.run();
            return null;
        });
    }

    /** Runs the block and returns the statements it ran on this thread, in order. */
    public List<RecordedStatement> record(Runnable block) {
        try (Recording recording = startRecording()) {
            block.run();
            return recording.statements();
        }
    }

    /**
     * Starts recording this thread's statements until the recording is closed; for blocks that do
     * not fit a lambda.
     *
     * <pre>{@code
     * try (Recording recording = statements.startRecording()) {
     *     ...
     *     assertThat(recording.statements()).extracting(RecordedStatement::sql).containsExactly(...);
     * }
     * }</pre>
     */
    public Recording startRecording() {
        Recording recording = new Recording(this);
        List<Recording> open = openRecordings.get();
        if (open == null) {
            open = new ArrayList<>();
            openRecordings.set(open);
        }
        open.add(recording);
        return recording;
    }

    /** Attaches a listener for every statement on every thread until the registration is closed. */
    public StatementListener.Registration addListener(StatementListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Prints every statement with its parameters to {@code out} as it runs, until the registration is
     * closed.
     */
    public StatementListener.Registration echoTo(PrintStream out) {
        return addListener(StatementListener.echoingTo(out));
    }

    /**
     * As {@link #echoTo(PrintStream)}, with the values bound to the mask's columns printed as
     * {@code ***}, so secrets stay out of test logs:
     *
     * <pre>{@code
     * try (var echo = statements.echoTo(System.out, ParameterMask.columns("password", "secret_name"))) { ... }
     * }</pre>
     *
     * Recordings and assertion messages are not masked; see {@link ParameterMask} for how a value is
     * tied to its column.
     */
    public StatementListener.Registration echoTo(PrintStream out, ParameterMask mask) {
        return addListener(StatementListener.echoingTo(out, mask));
    }

    /** The datasource-proxy listener that feeds this recorder. */
    QueryExecutionListener queryListener() {
        return new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                for (QueryInfo query : queries) {
                    statementExecuted(new RecordedStatement(query.getQuery(), parameterSets(query), execution.isSuccess()));
                }
            }
        };
    }

    private void statementExecuted(RecordedStatement statement) {
        List<Recording> open = openRecordings.get();
        if (open != null) {
            for (Recording recording : open) {
                recording.add(statement);
            }
        }
        for (StatementListener listener : listeners) {
            try {
                listener.statementExecuted(statement);
            } catch (RuntimeException e) {
                LOG.warn("Statement listener {} failed: {}", listener, e.toString());
            }
        }
    }

    private void stopRecording(Recording recording) {
        List<Recording> open = openRecordings.get();
        if (open == null) {
            return;
        }
        open.remove(recording);
        if (open.isEmpty()) {
            openRecordings.remove();
        }
    }

    private static List<List<Object>> parameterSets(QueryInfo query) {
        List<List<Object>> sets = new ArrayList<>();
        for (List<ParameterSetOperation> operations : query.getParametersList()) {
            List<ParameterSetOperation> sorted = new ArrayList<>(operations);
            sorted.sort(Comparator.comparingInt(StatementRecorder::parameterIndex));
            List<Object> values = new ArrayList<>();
            for (ParameterSetOperation operation : sorted) {
                if (ParameterSetOperation.isRegisterOutParameterOperation(operation)) {
                    continue;
                }
                Object[] args = operation.getArgs();
                boolean isNull = ParameterSetOperation.isSetNullParameterOperation(operation) || args.length < 2;
                values.add(isNull ? null : args[1]);
            }
            sets.add(values);
        }
        return sets;
    }

    private static int parameterIndex(ParameterSetOperation operation) {
        Object key = operation.getArgs().length > 0 ? operation.getArgs()[0] : null;
        return key instanceof Integer index ? index : Integer.MAX_VALUE;
    }

    private static String numbered(List<RecordedStatement> statements) {
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            listing.append("\n  ").append(i + 1).append(". ").append(statements.get(i));
        }
        return listing.toString();
    }

    /**
     * The statements run on one thread between {@link StatementRecorder#startRecording()} and
     * {@link #close()}. Must be closed on the thread that started it.
     */
    public static final class Recording implements AutoCloseable {

        private final StatementRecorder recorder;
        private final List<RecordedStatement> statements = Collections.synchronizedList(new ArrayList<>());

        private Recording(StatementRecorder recorder) {
            this.recorder = recorder;
        }

        private void add(RecordedStatement statement) {
            statements.add(statement);
        }

        /** The statements recorded so far, in the order they ran. */
        public List<RecordedStatement> statements() {
            synchronized (statements) {
                return List.copyOf(statements);
            }
        }

        /** Stops recording; the statements stay readable. */
        @Override
        public void close() {
            recorder.stopRecording(this);
        }
    }
}
