package dev.relkit.resultmap;

import java.util.Properties;
import org.apache.ibatis.reflection.ReflectorFactory;
import org.apache.ibatis.reflection.factory.ObjectFactory;
import org.apache.ibatis.reflection.wrapper.DefaultObjectWrapperFactory;
import org.apache.ibatis.reflection.wrapper.ObjectWrapperFactory;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.AutoMappingUnknownColumnBehavior;
import org.apache.ibatis.session.Configuration;

/**
 * Every configuration value that MyBatis's {@code DefaultResultSetHandler} reads while it maps rows
 * and that changes what a compiled resultMap would do, read from the {@link Configuration} at each
 * execution. A compiled plan is remembered under the settings it was compiled with, so a setting
 * changed between two executions (MyBatis reads them on every row) compiles a new plan instead of
 * reusing one that no longer maps as MyBatis would.
 *
 * <p>Settings under which no statement is compiled at all ({@link #leftToMyBatis()}) are part of
 * the record too, so that one value says everything an execution depends on.
 *
 * <p>Not here, because they cannot change a compiled plan: {@code useColumnLabel} (it changes the
 * column names, which are part of the plan's key), the lazy-loading settings and the proxy factory
 * (nested selects are left to MyBatis), {@code argNameBasedConstructorAutoMapping} (constructor
 * auto-mapping is left to MyBatis), {@code safeRowBoundsEnabled} and {@code safeResultHandlerEnabled}
 * (calls with {@code RowBounds} or a {@code ResultHandler} are left to MyBatis).
 */
record PlanSettings(boolean disabled, boolean callSettersOnNulls, boolean returnInstanceForEmptyRow,
        ObjectWrapperFactory objectWrapperFactory, AutoMappingBehavior autoMappingBehavior,
        AutoMappingUnknownColumnBehavior autoMappingUnknownColumnBehavior, boolean mapUnderscoreToCamelCase,
        ObjectFactory objectFactory, ReflectorFactory reflectorFactory) {

    /** The settings as they are now. */
    static PlanSettings of(Configuration configuration) {
        return new PlanSettings(isTrue(configuration, CompiledResultMapInterceptor.DISABLED_VARIABLE),
                configuration.isCallSettersOnNulls(), configuration.isReturnInstanceForEmptyRow(),
                configuration.getObjectWrapperFactory(), configuration.getAutoMappingBehavior(),
                configuration.getAutoMappingUnknownColumnBehavior(), configuration.isMapUnderscoreToCamelCase(),
                configuration.getObjectFactory(), configuration.getReflectorFactory());
    }

    /**
     * Why these settings leave every statement to MyBatis, or null. {@code callSettersOnNulls} and
     * {@code returnInstanceForEmptyRow} change which nulls and empty objects MyBatis writes; an
     * {@code ObjectWrapperFactory} other than MyBatis's default may wrap any result object, and the
     * compiled plans write properties directly.
     */
    String leftToMyBatis() {
        if (disabled) {
            return CompiledResultMapInterceptor.DISABLED_VARIABLE + " is true";
        }
        if (callSettersOnNulls) {
            return "callSettersOnNulls is set";
        }
        if (returnInstanceForEmptyRow) {
            return "returnInstanceForEmptyRow is set";
        }
        if (objectWrapperFactory.getClass() != DefaultObjectWrapperFactory.class) {
            return "the ObjectWrapperFactory is " + objectWrapperFactory.getClass().getName() + ", not MyBatis's default";
        }
        return null;
    }

    /** A configuration variable ({@code <properties>}) set to {@code true}. */
    static boolean isTrue(Configuration configuration, String variable) {
        Properties variables = configuration.getVariables();
        return variables != null && "true".equals(variables.getProperty(variable));
    }
}
