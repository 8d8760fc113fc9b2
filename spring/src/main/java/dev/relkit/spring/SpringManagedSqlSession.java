package dev.relkit.spring;

import dev.relkit.sql.DelegatingSqlSession;

import java.sql.Connection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.executor.BatchResult;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link SqlSession} relkit's loaders and units of work run on under Spring: statements go to the
 * Spring-managed session of the current transaction (the one {@link SqlSessionTemplate} and the
 * application's mappers use, on the transaction's connection), and the transaction stays Spring's.
 *
 * <ul>
 *   <li>{@code commit} is refused: the transaction manager commits when the transactional method
 *       returns ({@code RelkitSession.flush()} writes into the transaction).</li>
 *   <li>{@code rollback} (a failed flush, {@code RelkitSession.rollback()}) marks the current
 *       transaction rollback-only, so that it cannot commit half a flush; the data are rolled back when
 *       the transaction ends.</li>
 *   <li>{@code close} does nothing: the session belongs to the transaction, which closes it.</li>
 *   <li>{@code getConnection}, which relkit's lazy loading calls first, fails with an
 *       {@link ExecutorException} (relkit's {@code DetachedInstanceException}) when the transaction is
 *       over: outside any transaction for the shared session, after its own transaction for a unit of
 *       work's.</li>
 *   <li>writes outside a transaction are refused: through {@code SqlSessionTemplate} each statement
 *       would commit on its own.</li>
 * </ul>
 *
 * <p>Two kinds exist. The <b>shared</b> one ({@link #shared}) routes every call to whichever
 * transaction is current, exactly as {@code SqlSessionTemplate} does, so one instance serves every
 * thread. A <b>unit of work's</b> ({@link #ofTransaction}) holds the session of the transaction it was
 * opened in and refuses every call once that transaction has completed.
 */
final class SpringManagedSqlSession extends DelegatingSqlSession {

    private final SqlSessionTemplate template;
    private final DataSource dataSource;
    /** The transaction's own session (a unit of work's), or null to route each call (shared). */
    private final SqlSession transactionSession;
    private volatile boolean transactionEnded;

    private SpringManagedSqlSession(SqlSessionTemplate template, SqlSession transactionSession) {
        this.template = template;
        this.dataSource = template.getSqlSessionFactory().getConfiguration().getEnvironment().getDataSource();
        this.transactionSession = transactionSession;
    }

    /** The session shared by every thread: each call runs in the caller's current transaction. */
    static SpringManagedSqlSession shared(SqlSessionTemplate template) {
        return new SpringManagedSqlSession(template, null);
    }

    /**
     * The session of one transaction, for a unit of work opened in it: {@code transactionSession} is the
     * session mybatis-spring holds for that transaction; {@link #transactionEnded()} is called when it
     * completes.
     */
    static SpringManagedSqlSession ofTransaction(SqlSessionTemplate template, SqlSession transactionSession) {
        return new SpringManagedSqlSession(template, transactionSession);
    }

    /** The transaction this session belongs to has completed: every further call is refused. */
    void transactionEnded() {
        transactionEnded = true;
    }

    boolean isTransactionEnded() {
        return transactionEnded;
    }

    // ---- statements: reads anywhere, writes only inside a transaction ----

    @Override
    protected <R> R read(Function<SqlSession, R> statement) {
        return call(() -> statement.apply(target()));
    }

    @Override
    protected <R> R write(Function<SqlSession, R> statement) {
        return writeInTransaction(() -> statement.apply(target()));
    }

    @Override
    public List<BatchResult> flushStatements() {
        return call(() -> target().flushStatements());
    }

    // ---- the transaction is Spring's ----

    @Override
    public void commit() {
        throw commitRefused();
    }

    @Override
    public void commit(boolean force) {
        throw commitRefused();
    }

    @Override
    public void rollback() {
        rollback(true);
    }

    /**
     * Marks the current transaction rollback-only (with Spring's {@code DataSourceTransactionManager} or
     * {@code JdbcTransactionManager}: through the transaction's connection holder) and clears the
     * session's local cache. Nothing is rolled back at once: the transaction manager rolls back when the
     * transaction ends, and a caller that swallowed the exception gets Spring's
     * {@code UnexpectedRollbackException} instead of a commit.
     */
    @Override
    public void rollback(boolean force) {
        if (transactionEnded || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return;
        }
        if (TransactionSynchronizationManager.getResource(dataSource) instanceof ResourceHolderSupport connection) {
            connection.setRollbackOnly();
        }
        if (TransactionSynchronizationManager.getResource(template.getSqlSessionFactory())
                instanceof ResourceHolderSupport sessionHolder) {
            sessionHolder.setRollbackOnly();
        }
        target().clearCache();
    }

    /** Does nothing: the session belongs to the Spring transaction, which closes it when it completes. */
    @Override
    public void close() {
    }

    @Override
    public void clearCache() {
        target().clearCache();
    }

    @Override
    public Configuration getConfiguration() {
        return template.getConfiguration();
    }

    @Override
    public <T> T getMapper(Class<T> type) {
        return getConfiguration().getMapper(type, this);
    }

    /**
     * The transaction's connection. Outside a transaction (shared session) or after its transaction
     * (unit of work) this throws MyBatis's {@link ExecutorException}, which relkit's lazy loading turns
     * into a {@code DetachedInstanceException} naming the relationship and the owner.
     */
    @Override
    public Connection getConnection() {
        if (transactionSession != null) {
            if (transactionEnded) {
                throw new ExecutorException("the Spring transaction this relkit unit of work was opened in has ended");
            }
            return transactionSession.getConnection();
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new ExecutorException("no Spring transaction is active, so relkit has no session to load with"
                    + " (call it from a @Transactional method)");
        }
        return template.getConnection();
    }

    // ---- plumbing ----

    private SqlSession target() {
        if (transactionSession == null) {
            return template;
        }
        if (transactionEnded) {
            throw new IllegalStateException("The Spring transaction this relkit unit of work was opened in has ended;"
                    + " open a new one with RelkitSessions.session() inside the next transaction");
        }
        return transactionSession;
    }

    private <T> T writeInTransaction(Supplier<T> statement) {
        if (transactionSession == null && !TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("relkit writes only inside a Spring transaction (a @Transactional method"
                    + " or TransactionTemplate): outside one, each statement would commit on its own");
        }
        return call(statement);
    }

    /**
     * Runs a call; a unit of work's session is MyBatis's own, so its exceptions are translated here as
     * {@code SqlSessionTemplate} translates the shared session's (a duplicate key becomes Spring's
     * {@code DuplicateKeyException}, with the {@code SQLException} as its cause).
     */
    private <T> T call(Supplier<T> statement) {
        try {
            return statement.get();
        } catch (PersistenceException failure) {
            if (transactionSession == null) {
                throw failure;
            }
            DataAccessException translated = template.getPersistenceExceptionTranslator() == null ? null
                    : template.getPersistenceExceptionTranslator().translateExceptionIfPossible(failure);
            throw translated != null ? translated : failure;
        }
    }

    private static UnsupportedOperationException commitRefused() {
        return new UnsupportedOperationException("relkit does not commit a Spring-managed session: the surrounding"
                + " Spring transaction commits when it completes (flush() writes the unit of work into it)");
    }
}
