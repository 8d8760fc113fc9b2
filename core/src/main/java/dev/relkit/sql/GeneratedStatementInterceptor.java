package dev.relkit.sql;

import java.util.Properties;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * Runs relkit's generated statements on the caller's executor: when the executor is asked to run one
 * of the carrier statements ({@link GeneratedStatements#SELECT}, {@link GeneratedStatements#UPDATE}),
 * it runs the {@link GeneratedCall}'s own mapped statement instead, in the same session, transaction
 * and connection, and with every other plugin of the application. Any other statement passes through
 * untouched.
 *
 * <p>{@link dev.relkit.Relkit#bind} installs it. MyBatis applies plugins to an executor when a session
 * opens, so a session opened before the first {@code bind} of its configuration cannot run relkit's
 * generated statements (relkit says so when one is tried); an XML configuration can list the plugin
 * itself, {@code <plugin interceptor="dev.relkit.sql.GeneratedStatementInterceptor"/>}, so that every
 * session has it whenever relkit is bound.
 */
@Intercepts({
        @Signature(type = Executor.class, method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
        @Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class})})
public final class GeneratedStatementInterceptor implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object[] args = invocation.getArgs();
        if (!(args[1] instanceof GeneratedCall call) || !isCarrier((MappedStatement) args[0])) {
            Object result = invocation.proceed();
            if (args.length == 4) {
                StatementResults.record(result, (MappedStatement) args[0]);
            }
            return result;
        }
        Executor executor = (Executor) invocation.getTarget();
        if (args.length == 2) {
            return executor.update(call.statement(), call.parameter());
        }
        Object result = executor.query(call.statement(), call.parameter(), (RowBounds) args[2], (ResultHandler<?>) args[3]);
        StatementResults.record(result, call.statement());
        return result;
    }

    private static boolean isCarrier(MappedStatement statement) {
        return statement.getId().startsWith(GeneratedStatements.NAMESPACE + ".");
    }

    @Override
    public void setProperties(Properties properties) {
        // nothing to configure
    }
}
