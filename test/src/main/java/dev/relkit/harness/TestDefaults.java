package dev.relkit.harness;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The test module's defaults, read from {@value #RESOURCE} on the classpath when it is there:
 * {@code scripts} (comma-separated classpath SQL scripts, run in order into every test database) and
 * {@code mybatis-config} (the application's MyBatis configuration XML). {@link RelkitTest}'s own
 * attributes add to or replace them.
 */
record TestDefaults(List<String> scripts, Optional<String> mybatisConfig) {

    static final String RESOURCE = "relkit-test.properties";

    static TestDefaults load() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new TestDefaults(List.of(), Optional.empty());
            }
            Properties properties = new Properties();
            properties.load(in);
            List<String> scripts = Arrays.stream(properties.getProperty("scripts", "").split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            String config = properties.getProperty("mybatis-config", "").strip();
            return new TestDefaults(scripts, config.isEmpty() ? Optional.empty() : Optional.of(config));
        } catch (IOException e) {
            throw new TestDatabaseException("Could not read " + RESOURCE + " from the classpath: " + e.getMessage(), e);
        }
    }
}
