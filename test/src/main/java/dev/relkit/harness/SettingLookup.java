package dev.relkit.harness;

import java.util.Map;
import java.util.Optional;

/**
 * Where the harness reads its settings: a system property first, then an environment variable.
 *
 * <p>A blank value counts as absent, so {@code RELKIT_JDBC_URL=} in a shell or CI file does not
 * select an explicit server by accident. Tests build a lookup from plain maps with
 * {@link #of(Map, Map)}; everything else uses {@link #system()}.
 */
@FunctionalInterface
public interface SettingLookup {

    /**
     * The value of {@code systemProperty} if set and not blank, else the value of
     * {@code environmentVariable} if set and not blank, else empty.
     */
    Optional<String> find(String systemProperty, String environmentVariable);

    /** The running JVM's system properties and environment, read at each call. */
    static SettingLookup system() {
        return (property, variable) -> firstNonBlank(System.getProperty(property), System.getenv(variable));
    }

    /** Fixed values, for tests and for callers that assemble settings themselves. */
    static SettingLookup of(Map<String, String> systemProperties, Map<String, String> environment) {
        Map<String, String> properties = Map.copyOf(systemProperties);
        Map<String, String> variables = Map.copyOf(environment);
        return (property, variable) -> firstNonBlank(properties.get(property), variables.get(variable));
    }

    private static Optional<String> firstNonBlank(String preferred, String fallback) {
        if (preferred != null && !preferred.isBlank()) {
            return Optional.of(preferred.trim());
        }
        return Optional.ofNullable(fallback).map(String::trim).filter(value -> !value.isEmpty());
    }
}
