package dev.relkit.sql;

import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.loader.ProxyFactory;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.mapping.ResultSetType;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.ReflectorFactory;
import org.apache.ibatis.reflection.factory.ObjectFactory;
import org.apache.ibatis.reflection.wrapper.ObjectWrapperFactory;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.AutoMappingUnknownColumnBehavior;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.TypeHandlerRegistry;

/**
 * The configuration relkit's generated mapped statements belong to. MyBatis's executor, statement,
 * parameter and result-set handlers read everything through {@code mappedStatement.getConfiguration()};
 * this one answers every setting, factory, registry and handler with the application's
 * {@link Configuration} (read at each call, so a later change there is seen here) and adds only the
 * generated resultMaps, which it keeps in a concurrent map of its own.
 *
 * <p>That is what lets relkit generate statements and resultMaps while requests run without ever
 * writing to the application's configuration, whose registries are plain maps that MyBatis fills at
 * start-up and reads without locks.
 */
final class GeneratedConfiguration extends Configuration {

    private final Configuration application;
    private final ConcurrentMap<String, ResultMap> resultMaps = new ConcurrentHashMap<>();

    GeneratedConfiguration(Configuration application) {
        this.application = application;
    }

    Configuration application() {
        return application;
    }

    /** Registers a generated resultMap once; the first one registered under an id wins. */
    ResultMap putIfAbsent(ResultMap resultMap) {
        ResultMap previous = resultMaps.putIfAbsent(resultMap.getId(), resultMap);
        return previous == null ? resultMap : previous;
    }

    // -- resultMaps: the generated ones first, then the application's

    @Override
    public ResultMap getResultMap(String id) {
        ResultMap generated = id == null ? null : resultMaps.get(id);
        return generated != null ? generated : application.getResultMap(id);
    }

    @Override
    public boolean hasResultMap(String id) {
        // MyBatis asks with null when a discriminator value has no case; its own map answers false
        return id != null && resultMaps.containsKey(id) || application.hasResultMap(id);
    }

    @Override
    public void addResultMap(ResultMap resultMap) {
        putIfAbsent(resultMap);
    }

    // -- handlers: the application's, with its plugins

    @Override
    public ParameterHandler newParameterHandler(MappedStatement mappedStatement, Object parameterObject, BoundSql boundSql) {
        return application.newParameterHandler(mappedStatement, parameterObject, boundSql);
    }

    @Override
    public ResultSetHandler newResultSetHandler(Executor executor, MappedStatement mappedStatement, RowBounds rowBounds,
            ParameterHandler parameterHandler, ResultHandler resultHandler, BoundSql boundSql) {
        return application.newResultSetHandler(executor, mappedStatement, rowBounds, parameterHandler, resultHandler, boundSql);
    }

    @Override
    public StatementHandler newStatementHandler(Executor executor, MappedStatement mappedStatement, Object parameterObject,
            RowBounds rowBounds, ResultHandler resultHandler, BoundSql boundSql) {
        return application.newStatementHandler(executor, mappedStatement, parameterObject, rowBounds, resultHandler, boundSql);
    }

    @Override
    public MetaObject newMetaObject(Object object) {
        return application.newMetaObject(object);
    }

    // -- factories and registries

    @Override
    public TypeHandlerRegistry getTypeHandlerRegistry() {
        return application.getTypeHandlerRegistry();
    }

    @Override
    public ObjectFactory getObjectFactory() {
        return application.getObjectFactory();
    }

    @Override
    public ObjectWrapperFactory getObjectWrapperFactory() {
        return application.getObjectWrapperFactory();
    }

    @Override
    public ReflectorFactory getReflectorFactory() {
        return application.getReflectorFactory();
    }

    @Override
    public ProxyFactory getProxyFactory() {
        return application.getProxyFactory();
    }

    @Override
    public Environment getEnvironment() {
        return application.getEnvironment();
    }

    @Override
    public Properties getVariables() {
        return application.getVariables();
    }

    // -- settings

    @Override
    public String getLogPrefix() {
        return application.getLogPrefix();
    }

    @Override
    public boolean isCallSettersOnNulls() {
        return application.isCallSettersOnNulls();
    }

    @Override
    public boolean isReturnInstanceForEmptyRow() {
        return application.isReturnInstanceForEmptyRow();
    }

    @Override
    public boolean isArgNameBasedConstructorAutoMapping() {
        return application.isArgNameBasedConstructorAutoMapping();
    }

    @Override
    public boolean isMapUnderscoreToCamelCase() {
        return application.isMapUnderscoreToCamelCase();
    }

    @Override
    public AutoMappingBehavior getAutoMappingBehavior() {
        return application.getAutoMappingBehavior();
    }

    @Override
    public AutoMappingUnknownColumnBehavior getAutoMappingUnknownColumnBehavior() {
        return application.getAutoMappingUnknownColumnBehavior();
    }

    @Override
    public boolean isSafeResultHandlerEnabled() {
        return application.isSafeResultHandlerEnabled();
    }

    @Override
    public boolean isSafeRowBoundsEnabled() {
        return application.isSafeRowBoundsEnabled();
    }

    @Override
    public boolean isUseColumnLabel() {
        return application.isUseColumnLabel();
    }

    @Override
    public boolean isUseGeneratedKeys() {
        return application.isUseGeneratedKeys();
    }

    @Override
    public Integer getDefaultStatementTimeout() {
        return application.getDefaultStatementTimeout();
    }

    @Override
    public Integer getDefaultFetchSize() {
        return application.getDefaultFetchSize();
    }

    @Override
    public ResultSetType getDefaultResultSetType() {
        return application.getDefaultResultSetType();
    }

    @Override
    public JdbcType getJdbcTypeForNull() {
        return application.getJdbcTypeForNull();
    }

    @Override
    public LocalCacheScope getLocalCacheScope() {
        return application.getLocalCacheScope();
    }

    @Override
    public boolean isLazyLoadingEnabled() {
        return application.isLazyLoadingEnabled();
    }

    @Override
    public boolean isAggressiveLazyLoading() {
        return application.isAggressiveLazyLoading();
    }

    @Override
    public Set<String> getLazyLoadTriggerMethods() {
        return application.getLazyLoadTriggerMethods();
    }

    @Override
    public String getDatabaseId() {
        return application.getDatabaseId();
    }

    @Override
    public boolean isShrinkWhitespacesInSql() {
        return application.isShrinkWhitespacesInSql();
    }
}
