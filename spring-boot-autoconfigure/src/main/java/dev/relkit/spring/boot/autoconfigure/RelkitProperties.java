package dev.relkit.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** relkit's options, as {@code relkit.*} configuration properties. */
@ConfigurationProperties(prefix = RelkitProperties.PREFIX)
public class RelkitProperties {

    public static final String PREFIX = "relkit";

    /**
     * Whether to bind relkit to the application's SqlSessionFactory at start-up.
     */
    private boolean enabled = true;

    /**
     * Packages whose classes' public static final Relationship, EntityType and Polymorphism constants
     * make up relkit's metamodel (sub-packages included). When neither this nor a Metamodel bean is
     * given, the application's own packages (those of @SpringBootApplication) are scanned.
     */
    private List<String> metamodelPackages = new ArrayList<>();

    /**
     * Keys per select-in statement.
     */
    private int chunkSize = 500;

    /**
     * Whether relkit's compiled resultMaps map every resultMap statement of the configuration, the
     * application's included (same objects as MyBatis maps them, faster).
     */
    private boolean compiledResultMaps = false;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getMetamodelPackages() {
        return metamodelPackages;
    }

    public void setMetamodelPackages(List<String> metamodelPackages) {
        this.metamodelPackages = metamodelPackages;
    }

    public int getChunkSize() {
        return chunkSize;
    }

    public void setChunkSize(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    public boolean isCompiledResultMaps() {
        return compiledResultMaps;
    }

    public void setCompiledResultMaps(boolean compiledResultMaps) {
        this.compiledResultMaps = compiledResultMaps;
    }
}
