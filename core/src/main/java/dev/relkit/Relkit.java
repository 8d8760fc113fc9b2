package dev.relkit;

import dev.relkit.load.RelationshipLoader;
import dev.relkit.relation.BackReferences;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Polymorphism;
import dev.relkit.resultmap.CompiledResultMapInterceptor;
import dev.relkit.session.DatabaseFailure;
import dev.relkit.session.RelkitSession;
import dev.relkit.session.TransactionRolledBackException;
import dev.relkit.sql.GeneratedStatements;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * relkit bound to one MyBatis {@link Configuration}: the one object an application builds at
 * start-up, from which it gets loaders, units of work and back-references.
 *
 * <pre>{@code
 * // start-up, once, after MyBatis has read the application's configuration and mappers
 * Relkit relkit = Relkit.bind(sqlSessionFactory.getConfiguration(), Metamodel.of(MyRelationships.ALL));
 *
 * // per request, on the request's SqlSession
 * List<Department> departments = departmentMapper.selectAll();
 * relkit.loader(session).load(departments, LoadPlan.of(selectIn(DEPARTMENT_EMPLOYEES)));
 * try (RelkitSession unit = relkit.session(sqlSessionFactory.openSession())) {
 *     unit.add(new Department("Research"));
 *     unit.commit();
 * }
 * }</pre>
 *
 * <p><b>Binding checks the declarations</b> against the configuration and fails with every problem
 * found, each naming the entity, relationship, property and column concerned
 * ({@link RelkitBindException}): an entity's resultMap that is missing, maps another class, or reads a
 * key column under another label; a relationship whose join column belongs to another table; a declared
 * select-in statement that does not exist.
 *
 * <p><b>Binding registers</b>, once per configuration, what relkit runs later: two carrier statements
 * and a plugin through which every statement relkit generates runs ({@link GeneratedStatements}), and
 * relkit's generic SQL fragments ({@value #FRAGMENTS}, namespace {@value #FRAGMENTS_NAMESPACE}) when
 * the application has not listed them itself. It changes none of the application's settings. After
 * {@code bind} returns, relkit never writes to the configuration again: statements it generates for
 * new load plans live in the returned object, which is thread-safe and meant to be shared.
 *
 * <p><b>Options are opt-in</b> ({@link #builder}): {@link Builder#compiledResultMaps()} installs
 * relkit's faster result mapping for every resultMap statement of the configuration;
 * {@link Builder#chunkSize(int)} sets the keys per select-in statement; {@link Builder#polymorphic}
 * makes every unit of work write a joined-table hierarchy polymorphically.
 *
 * <p>A configuration may be bound more than once (for example with two metamodels declaring the same
 * table differently); each {@code Relkit} applies its own declarations.
 */
public final class Relkit {

    /** The classpath resource of relkit's generic SQL fragments (recursive subtree CTE). */
    public static final String FRAGMENTS = "dev/relkit/sql/RelkitFragments.xml";

    /** The namespace of relkit's generic SQL fragments, for {@code <include refid="...">}. */
    public static final String FRAGMENTS_NAMESPACE = "dev.relkit.sql.RelkitFragments";

    private final Configuration configuration;
    private final Metamodel metamodel;
    private final GeneratedStatements generatedStatements;
    private final int chunkSize;
    private final List<EntityType<?>> extraEntities;
    private final List<Polymorphism<?>> hierarchies;

    private Relkit(Builder builder, GeneratedStatements generatedStatements) {
        this.configuration = builder.configuration;
        this.metamodel = builder.metamodel;
        this.generatedStatements = generatedStatements;
        this.chunkSize = builder.chunkSize;
        this.extraEntities = List.copyOf(builder.extraEntities);
        this.hierarchies = List.copyOf(builder.hierarchies);
    }

    /**
     * Binds the relationships of {@code metamodel} to {@code configuration} with no option: checks
     * them and registers what relkit needs. Call at start-up, once the configuration has read every
     * mapper (for Spring, after the {@code SqlSessionFactory} is built).
     *
     * @throws RelkitBindException listing every declaration that does not match the configuration
     */
    public static Relkit bind(Configuration configuration, Metamodel metamodel) {
        return builder(configuration, metamodel).bind();
    }

    /** A binding with options; finish with {@link Builder#bind()}. */
    public static Builder builder(Configuration configuration, Metamodel metamodel) {
        return new Builder(configuration, metamodel);
    }

    /** A loader on {@code session} applying this binding's declared default strategies. */
    public RelationshipLoader loader(SqlSession session) {
        return new RelationshipLoader(this, session, chunkSize);
    }

    /** As {@link #loader(SqlSession)}, with {@code chunkSize} keys per select-in statement. */
    public RelationshipLoader loader(SqlSession session, int chunkSize) {
        return new RelationshipLoader(this, session, chunkSize);
    }

    /**
     * A unit of work over {@code sqlSession}, which must not auto-commit; closing the unit closes the
     * session. The unit is not thread-safe, like the session it wraps.
     */
    public RelkitSession session(SqlSession sqlSession) {
        RelkitSession unit = new RelkitSession(this, sqlSession, extraEntities.toArray(EntityType<?>[]::new));
        for (Polymorphism<?> hierarchy : hierarchies) {
            unit.polymorphic(hierarchy);
        }
        return unit;
    }

    /**
     * Runs {@code work} as one unit of work in a transaction of its own and commits it; when the
     * database loses the transaction (a deadlock victim, a lock wait timeout, a broken connection:
     * {@link DatabaseFailure#lostTheTransaction()}), runs the whole unit again in a new transaction, up to
     * {@code retries} more times. This is the retry pattern MariaDB's documentation asks for after a
     * deadlock: retrying a single statement is wrong, because everything the transaction wrote is gone.
     * {@code work} must therefore do everything again from its inputs (read, decide, write) and keep
     * no object of a failed attempt. A failure that is not the transaction's (a duplicate key, a
     * constraint, the application's own exception) is thrown at once, after rolling back; a COMMIT whose
     * connection broke is never retried ({@link TransactionRolledBackException#commitOutcomeUnknown()}).
     *
     * @param retries how many times to run the unit again after a lost transaction (0: never)
     * @return what {@code work} returned on the attempt that committed
     * @throws TransactionRolledBackException when the last attempt lost its transaction too
     */
    public <T> T inTransaction(SqlSessionFactory factory, int retries, Function<RelkitSession, T> work) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, was " + retries);
        }
        for (int attempt = 0; ; attempt++) {
            try (RelkitSession unit = session(factory.openSession(false))) {
                T result = work.apply(unit);
                unit.commit();
                return result;
            } catch (RuntimeException failure) {
                boolean unknownCommit = failure instanceof TransactionRolledBackException lost && lost.commitOutcomeUnknown();
                if (attempt >= retries || unknownCommit || !DatabaseFailure.of(failure).lostTheTransaction()) {
                    throw failure;
                }
            }
        }
    }

    /** Back-populates in memory for this binding's relationships (see {@link BackReferences}). */
    public BackReferences backReferences() {
        return new BackReferences(metamodel);
    }

    /** The relationship declarations this binding checked and applies. */
    public Metamodel metamodel() {
        return metamodel;
    }

    /** The MyBatis configuration this binding was checked against and registered in. */
    public Configuration configuration() {
        return configuration;
    }

    /** The keys per select-in statement of this binding's loaders. */
    public int chunkSize() {
        return chunkSize;
    }

    /** The statements relkit generated for this binding (used by relkit's loaders and sessions). */
    public GeneratedStatements generatedStatements() {
        return generatedStatements;
    }

    /** Options of a binding; every option is off unless set. */
    public static final class Builder {

        private final Configuration configuration;
        private final Metamodel metamodel;
        private int chunkSize = RelationshipLoader.DEFAULT_CHUNK_SIZE;
        private boolean compiledResultMaps;
        private final List<EntityType<?>> extraEntities = new ArrayList<>();
        private final List<Polymorphism<?>> hierarchies = new ArrayList<>();

        private Builder(Configuration configuration, Metamodel metamodel) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            this.metamodel = Objects.requireNonNull(metamodel, "metamodel");
        }

        /** Keys per select-in statement (default {@value RelationshipLoader#DEFAULT_CHUNK_SIZE}). */
        public Builder chunkSize(int chunkSize) {
            if (chunkSize < 1) {
                throw new IllegalArgumentException("chunk size must be at least 1, was " + chunkSize);
            }
            this.chunkSize = chunkSize;
            return this;
        }

        /**
         * Installs {@link CompiledResultMapInterceptor} (unless the configuration already has it): every
         * resultMap statement of the configuration, the application's included, is mapped by relkit's
         * compiled resultMaps, to the same objects as MyBatis maps them. Off unless asked for.
         */
        public Builder compiledResultMaps() {
            this.compiledResultMaps = true;
            return this;
        }

        /** Entities the units of work manage that take part in no relationship of the metamodel. */
        public Builder entities(EntityType<?>... entities) {
            extraEntities.addAll(List.of(entities));
            return this;
        }

        /** Joined-table hierarchies every unit of work writes polymorphically ({@link RelkitSession#polymorphic}). */
        public Builder polymorphic(Polymorphism<?>... hierarchies) {
            this.hierarchies.addAll(List.of(hierarchies));
            return this;
        }

        /**
         * Checks the declarations against the configuration, registers what relkit needs and returns the
         * binding.
         *
         * @throws RelkitBindException listing every declaration that does not match the configuration
         */
        public Relkit bind() {
            List<String> problems = new BindCheck(configuration).check(metamodel, extraEntities, hierarchies);
            if (!problems.isEmpty()) {
                throw new RelkitBindException(problems);
            }
            synchronized (configuration) {
                if (compiledResultMaps && configuration.getInterceptors().stream()
                        .noneMatch(CompiledResultMapInterceptor.class::isInstance)) {
                    configuration.addInterceptor(new CompiledResultMapInterceptor());
                }
                addFragments(configuration);
            }
            return new Relkit(this, GeneratedStatements.install(configuration));
        }
    }

    /**
     * Adds relkit's generic SQL fragments ({@value #FRAGMENTS}) to a configuration built in Java, unless
     * it has them. Call it before adding mappers whose XML includes them: MyBatis resolves an
     * {@code <include>} when it parses the including statement. (An XML configuration lists
     * {@code <mapper resource="dev/relkit/sql/RelkitFragments.xml"/>} first instead.)
     */
    public static void addFragments(Configuration configuration) {
        synchronized (configuration) {
            if (configuration.isResourceLoaded(FRAGMENTS)
                    || configuration.getSqlFragments().containsKey(FRAGMENTS_NAMESPACE + ".recursiveSubtree")) {
                return;
            }
            try (InputStream in = Resources.getResourceAsStream(FRAGMENTS)) {
                new XMLMapperBuilder(in, configuration, FRAGMENTS, configuration.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new IllegalStateException("relkit's fragments " + FRAGMENTS + " are missing from the classpath", e);
            }
        }
    }

    /** Every declaration found not to match the configuration at {@link Builder#bind()}. */
    public static final class RelkitBindException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        /** One line per mismatch, naming the entity, relationship, property or column concerned. */
        private final List<String> problems;

        RelkitBindException(List<String> problems) {
            super("relkit cannot bind these declarations to the MyBatis configuration:\n  - "
                    + String.join("\n  - ", problems));
            this.problems = List.copyOf(problems);
        }

        /** One line per problem, each naming the entity or relationship, property and column. */
        public List<String> problems() {
            return problems;
        }
    }
}
