package dev.relkit.sql;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.ibatis.executor.keygen.Jdbc3KeyGenerator;
import org.apache.ibatis.executor.keygen.NoKeyGenerator;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.SqlCommandType;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;

/**
 * The mapped statements and resultMaps relkit generates from relationship declarations (select-in,
 * subquery, the unit of work's writes), kept out of the application's MyBatis {@link Configuration}.
 *
 * <p>MyBatis fills its configuration at start-up and reads it without locks afterwards, so nothing
 * may be added to it while requests run. relkit's generated statements depend on the load plans an
 * application uses (a select-in with a joined relationship chained under it has a resultMap of its
 * own), so they cannot all be known at start-up. {@link #install} therefore registers, once and at
 * start-up, two carrier statements ({@value #SELECT} and {@value #UPDATE}) and a plugin
 * ({@link GeneratedStatementInterceptor}); afterwards each generated statement is built once per
 * shape into this object's concurrent maps (its own {@code Configuration}, which answers every
 * setting, registry and plugin with the application's) and runs through a carrier on the caller's
 * {@code SqlSession}: same transaction, same connection, same plugins, counted and logged like any
 * other statement, under its own id ({@code dev.relkit.generated.<n>.<kind>.<shape>}).
 *
 * <p>Thread-safe: shapes are added with {@code computeIfAbsent} on concurrent maps.
 */
public final class GeneratedStatements {

    /** The namespace of the carrier statements and of every generated statement's id. */
    public static final String NAMESPACE = "dev.relkit.generated";

    /** The carrier of generated selects. */
    public static final String SELECT = NAMESPACE + ".select";

    /** The carrier of generated inserts, updates and deletes. */
    public static final String UPDATE = NAMESPACE + ".update";

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final GeneratedConfiguration generated;
    private final String idPrefix;
    private final ConcurrentMap<String, MappedStatement> statements = new ConcurrentHashMap<>();
    /** {@link #select} by its shape key, so that a statement run again costs one lookup, not an id built anew. */
    private final ConcurrentMap<String, MappedStatement> selects = new ConcurrentHashMap<>();
    /** {@link #write} by its shape, for the same reason. */
    private final ConcurrentMap<WriteShape, MappedStatement> writes = new ConcurrentHashMap<>();
    private final ConcurrentMap<Object, StatementTemplate> templates = new ConcurrentHashMap<>();

    /** Statement templates kept per binding; past it, further shapes are rendered per execution. */
    static final int TEMPLATES = 512;

    private GeneratedStatements(Configuration application) {
        this.generated = new GeneratedConfiguration(application);
        this.idPrefix = NAMESPACE + "." + INSTANCES.incrementAndGet() + ".";
    }

    /**
     * Registers the carrier statements and the plugin in {@code configuration} unless an earlier call
     * did, and returns a new, empty set of generated statements for it. Call at start-up, before the
     * configuration serves requests: this is the only write relkit makes to it.
     */
    public static GeneratedStatements install(Configuration configuration) {
        synchronized (configuration) {
            if (!configuration.hasStatement(SELECT, false)) {
                configuration.addMappedStatement(carrier(configuration, SELECT, SqlCommandType.SELECT));
                configuration.addMappedStatement(carrier(configuration, UPDATE, SqlCommandType.UPDATE));
            }
            if (configuration.getInterceptors().stream().noneMatch(GeneratedStatementInterceptor.class::isInstance)) {
                configuration.addInterceptor(new GeneratedStatementInterceptor());
            }
        }
        return new GeneratedStatements(configuration);
    }

    private static MappedStatement carrier(Configuration configuration, String id, SqlCommandType command) {
        SqlSource refuse = parameter -> {
            throw new IllegalStateException(id + " carries relkit's generated statements and runs only through"
                    + " relkit's plugin " + GeneratedStatementInterceptor.class.getName() + ", which this session's"
                    + " executor lacks: MyBatis applies plugins when a session opens, so bind relkit (Relkit.bind) before"
                    + " opening sessions, or list <plugin interceptor=\"" + GeneratedStatementInterceptor.class.getName()
                    + "\"/> in the configuration");
        };
        return new MappedStatement.Builder(configuration, id, refuse, command).resultMaps(List.of()).build();
    }

    /** The application's configuration. */
    public Configuration configuration() {
        return generated.application();
    }

    /**
     * The configuration to build generated {@code ResultMap}s and {@code ResultMapping}s with (and to
     * look them up in): the application's settings plus the generated resultMaps.
     */
    public Configuration builderConfiguration() {
        return generated;
    }

    /** Whether a resultMap exists, generated or the application's. */
    public boolean hasResultMap(String id) {
        return generated.hasResultMap(id);
    }

    /** A generated resultMap, or the application's. */
    public ResultMap resultMap(String id) {
        return generated.getResultMap(id);
    }

    /** The generated resultMap {@code id}, built by {@code builder} the first time it is asked for. */
    public ResultMap resultMap(String id, Function<String, ResultMap> builder) {
        if (generated.hasResultMap(id)) {
            return generated.getResultMap(id);
        }
        return generated.putIfAbsent(builder.apply(id));
    }

    /** The generated select of one shape ({@code key}), mapping rows with {@code resultMap}. */
    public MappedStatement select(String key, ResultMap resultMap) {
        MappedStatement known = selects.get(key);
        if (known != null) {
            return known;
        }
        MappedStatement statement = statements.computeIfAbsent(idPrefix + "select." + key, id ->
                new MappedStatement.Builder(generated, id, new RenderedStatementSqlSource(configuration()), SqlCommandType.SELECT)
                        .resultMaps(List.of(resultMap))
                        .build());
        selects.putIfAbsent(key, statement);
        return statement;
    }

    /**
     * The template of the select of one shape ({@code shape}: any key with value equality naming
     * everything the text depends on), rendered by {@code render} with {@link StatementTemplate#slot}
     * markers the first time. Up to {@value #TEMPLATES} templates are kept; further shapes are rendered
     * on every call, never evicting (no lock on this path).
     */
    public StatementTemplate template(Object shape, Supplier<SelectStatementProvider> render) {
        StatementTemplate template = templates.get(shape);
        if (template == null) {
            template = StatementTemplate.of(configuration(), render.get());
            if (templates.size() < TEMPLATES) {
                templates.putIfAbsent(shape, template);
            }
        }
        return template;
    }

    /**
     * The generated write of one shape ({@code key}); with {@code generatedKeyColumn}, the key the
     * database generates is read back into {@link RenderedStatement#getGeneratedKey()}.
     */
    public MappedStatement write(String key, SqlCommandType command, String generatedKeyColumn) {
        return write(new WriteShape(key, command, generatedKeyColumn, false));
    }

    /**
     * The generated multi-row {@code INSERT ... RETURNING key} of one shape ({@code key}): the keys its
     * result set returns are read, in the order of its rows, into {@link RenderedStatement#getGeneratedKeys()}
     * ({@link ReturnedKeys}). MariaDB 10.5 and later return the inserted rows in the order of the
     * {@code VALUES} list.
     */
    public MappedStatement insertReturning(String key) {
        return write(new WriteShape(key, SqlCommandType.INSERT, null, true));
    }

    private MappedStatement write(WriteShape shape) {
        MappedStatement known = writes.get(shape);
        if (known != null) {
            return known;
        }
        String id = idPrefix + shape.command().name().toLowerCase(java.util.Locale.ROOT) + "." + shape.key();
        MappedStatement statement = statements.computeIfAbsent(id, unused -> {
            MappedStatement.Builder builder = new MappedStatement.Builder(generated, id,
                    new RenderedStatementSqlSource(configuration()), shape.command());
            if (shape.returning()) {
                builder.keyGenerator(ReturnedKeys.INSTANCE);
            } else if (shape.generatedKeyColumn() != null) {
                builder.keyGenerator(Jdbc3KeyGenerator.INSTANCE).keyProperty("generatedKey").keyColumn(shape.generatedKeyColumn());
            } else {
                builder.keyGenerator(NoKeyGenerator.INSTANCE);
            }
            return builder.build();
        });
        writes.putIfAbsent(shape, statement);
        return statement;
    }

    /**
     * What names a generated write: its key, command, the column whose generated value it reads back,
     * and whether it returns its rows' keys as a result set ({@code RETURNING}).
     */
    private record WriteShape(String key, SqlCommandType command, String generatedKeyColumn, boolean returning) {
    }

    /** Runs a generated select on {@code session}. */
    public <E> List<E> selectList(SqlSession session, MappedStatement statement, RenderedStatement parameter) {
        return session.selectList(SELECT, new GeneratedCall(statement, parameter));
    }

    /** Runs a generated insert, update or delete on {@code session}; returns the affected row count. */
    public int update(SqlSession session, MappedStatement statement, RenderedStatement parameter) {
        return session.update(UPDATE, new GeneratedCall(statement, parameter));
    }

    /** How many generated statements exist so far (for tests and diagnostics). */
    public int size() {
        return statements.size();
    }

    /** The ids of the statements generated so far (for tests and diagnostics). */
    public java.util.Set<String> statementIds() {
        return java.util.Set.copyOf(statements.keySet());
    }
}
