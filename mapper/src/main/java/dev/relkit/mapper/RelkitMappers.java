package dev.relkit.mapper;

import dev.relkit.resultmap.CompiledResultMapInterceptor;
import java.util.Set;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.AutoMappingBehavior;
import org.apache.ibatis.session.Configuration;

/**
 * Registers relkit's mappers with a MyBatis {@link Configuration}.
 *
 * <p>Every mapper interface lives under {@value #MAPPER_PACKAGE}, and its XML sits at the mirrored
 * resource path, so registering the package loads the interfaces and their XML together. An
 * application with its own {@code mybatis-config.xml} can instead list relkit's mappers with
 * {@code <package name="dev.relkit.mapper"/>} and reference relkit's fragments and resultMaps by
 * their full namespace.
 */
public final class RelkitMappers {

    /** The package (and sub-packages) that holds relkit's mapper interfaces and XML. */
    public static final String MAPPER_PACKAGE = "dev.relkit.mapper";

    private RelkitMappers() {
    }

    /**
     * A configuration with relkit's settings and all of relkit's mappers.
     *
     * <p>Settings: lazy loading on but never aggressive, and no method (not even {@code toString},
     * {@code equals} or {@code hashCode}) triggers a lazy load by surprise; explicit resultMaps only
     * (auto-mapping stays {@code PARTIAL}), generated keys on, and results mapped through
     * {@link CompiledResultMapInterceptor compiled resultMaps}.
     */
    public static Configuration newConfiguration(Environment environment) {
        Configuration configuration = new Configuration(environment);
        applySettings(configuration);
        addTo(configuration);
        return configuration;
    }

    /** Applies relkit's settings to a configuration built elsewhere (for example from XML). */
    public static void applySettings(Configuration configuration) {
        configuration.setUseGeneratedKeys(true);
        configuration.setAutoMappingBehavior(AutoMappingBehavior.PARTIAL);
        configuration.setLazyLoadingEnabled(true);
        configuration.setAggressiveLazyLoading(false);
        configuration.setLazyLoadTriggerMethods(Set.of());
        if (configuration.getInterceptors().stream().noneMatch(CompiledResultMapInterceptor.class::isInstance)) {
            configuration.addInterceptor(new CompiledResultMapInterceptor());
        }
    }

    /** Adds every relkit mapper interface and its XML to the configuration. */
    public static void addTo(Configuration configuration) {
        configuration.addMappers(MAPPER_PACKAGE);
    }
}
