package dev.relkit.spring;

import dev.relkit.Relkit;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.relation.BackReferences;
import dev.relkit.session.RelkitSession;

import java.util.Objects;

import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.SqlSessionUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * relkit's loaders and units of work on Spring-managed MyBatis sessions: what an application injects
 * where it would otherwise call {@code relkit.loader(sqlSession)} and {@code relkit.session(sqlSession)}
 * on a session of its own. One instance per binding, shared by every thread.
 *
 * <pre>{@code
 * @Transactional
 * public Author rename(long id, String name) {
 *     RelkitSession unit = relkitSessions.session();   // the transaction's session and connection
 *     Author author = unit.get(AUTHOR, id);
 *     author.setName(name);
 *     return author;                                     // flushed before the transaction commits
 * }
 * }</pre>
 *
 * <p><b>Loading.</b> {@link #loader()} runs its statements on the current transaction's
 * {@code SqlSession}, the one the application's mappers use through {@link SqlSessionTemplate}, so
 * the statements share its connection and first-level cache. Outside a transaction each statement runs
 * on a session of its own, as mapper calls do. Lazy stand-ins load while a transaction is active on
 * the thread that touches them; touched after it (an open-session-in-view-less controller rendering
 * what a {@code @Transactional} service returned), they throw relkit's
 * {@code DetachedInstanceException} naming the relationship and the owner.
 *
 * <p><b>Units of work</b> ({@link #session()}) take part in the transaction that is active when they
 * are opened, and only in it: {@code flush()} writes into it; the unit is flushed once more just
 * before the transaction commits, so pending changes are never lost; a failed flush marks the
 * transaction rollback-only; the transaction manager commits or rolls back, never the unit
 * ({@code commit()} is refused, {@code close()} leaves the session to Spring). When the transaction
 * rolls back, the unit restores its objects as {@link RelkitSession#rollback()} does (inserted objects
 * lose their generated ids). After the transaction the unit refuses further use.
 */
public final class RelkitSessions {

    private final Relkit relkit;
    private final SqlSessionTemplate sqlSessionTemplate;
    private final SpringManagedSqlSession shared;
    private final RelationshipLoader loader;

    /**
     * @param sqlSessionTemplate the application's template (its executor type and exception translator
     *                           are used); it must be built on the factory whose configuration
     *                           {@code relkit} is bound to
     */
    public RelkitSessions(Relkit relkit, SqlSessionTemplate sqlSessionTemplate) {
        this.relkit = Objects.requireNonNull(relkit, "relkit");
        this.sqlSessionTemplate = Objects.requireNonNull(sqlSessionTemplate, "sqlSessionTemplate");
        if (sqlSessionTemplate.getConfiguration() != relkit.configuration()) {
            throw new IllegalArgumentException("relkit is bound to another MyBatis configuration than the one of the"
                    + " SqlSessionTemplate's SqlSessionFactory; bind relkit to that factory's getConfiguration()");
        }
        this.shared = SpringManagedSqlSession.shared(sqlSessionTemplate);
        this.loader = relkit.loader(shared);
    }

    /** As {@link #RelkitSessions(Relkit, SqlSessionTemplate)}, with a plain template on {@code sqlSessionFactory}. */
    public RelkitSessions(Relkit relkit, SqlSessionFactory sqlSessionFactory) {
        this(relkit, new SqlSessionTemplate(sqlSessionFactory));
    }

    /**
     * The loader of this binding on the current transaction's session; thread-safe, so it may be
     * injected as a singleton.
     */
    public RelationshipLoader loader() {
        return loader;
    }

    /** As {@link #loader()}, with {@code chunkSize} keys per select-in statement. */
    public RelationshipLoader loader(int chunkSize) {
        return relkit.loader(shared, chunkSize);
    }

    /**
     * A new unit of work in the current Spring transaction, on the transaction's {@code SqlSession}
     * and connection. Open one per transaction; it is not thread-safe.
     *
     * @throws IllegalStateException when no Spring transaction is active on this thread
     */
    public RelkitSession session() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A relkit unit of work takes part in a Spring transaction, and none is"
                    + " active: open it inside a @Transactional method (or TransactionTemplate.execute)");
        }
        SqlSessionFactory factory = sqlSessionTemplate.getSqlSessionFactory();
        // registers the transaction's session with mybatis-spring (if no mapper call has yet) and releases
        // this reference at once: the session stays bound to the transaction, which closes it
        SqlSession transactionSession = SqlSessionUtils.getSqlSession(factory, sqlSessionTemplate.getExecutorType(),
                sqlSessionTemplate.getPersistenceExceptionTranslator());
        SqlSessionUtils.closeSqlSession(transactionSession, factory);
        SpringManagedSqlSession sqlSession = SpringManagedSqlSession.ofTransaction(sqlSessionTemplate, transactionSession);
        RelkitSession unit = relkit.session(sqlSession);
        TransactionSynchronizationManager.registerSynchronization(new UnitOfWorkSynchronization(unit, sqlSession));
        return unit;
    }

    /** Back-populates in memory for this binding's relationships. */
    public BackReferences backReferences() {
        return relkit.backReferences();
    }

    /** The binding. */
    public Relkit relkit() {
        return relkit;
    }

    /**
     * The session {@link #loader()} runs on, for relkit calls that take a {@code SqlSession} (an
     * {@code AssociationProxy} or a loader of another chunk size): routed to the current transaction,
     * never committed or closed by relkit.
     */
    public SqlSession sqlSession() {
        return shared;
    }

    /**
     * Flushes a unit of work before its transaction commits, and ends it when the transaction
     * completes. Ordered before mybatis-spring's own synchronization, which commits the MyBatis session
     * (flushing batched statements) before the connection commits.
     */
    private static final class UnitOfWorkSynchronization implements TransactionSynchronization {

        private final RelkitSession unit;
        private final SpringManagedSqlSession sqlSession;

        UnitOfWorkSynchronization(RelkitSession unit, SpringManagedSqlSession sqlSession) {
            this.unit = unit;
            this.sqlSession = sqlSession;
        }

        @Override
        public int getOrder() {
            return DataSourceUtils.CONNECTION_SYNCHRONIZATION_ORDER - 2;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            unit.flush();
        }

        @Override
        public void afterCompletion(int status) {
            sqlSession.transactionEnded();
            if (status != STATUS_COMMITTED) {
                unit.rollback();
            }
        }
    }
}
