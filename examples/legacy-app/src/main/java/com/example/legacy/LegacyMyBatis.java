package com.example.legacy;

import dev.relkit.mapper.ReferenceCatalogue;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.io.Resources;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Properties;

/** How the application starts MyBatis: its own XML configuration, with relkit's settings applied. */
public final class LegacyMyBatis {

    /** The application's MyBatis configuration, a classpath resource. */
    public static final String CONFIG = "com/example/legacy/mybatis-config.xml";

    private LegacyMyBatis() {
    }

    /**
     * Parses {@link #CONFIG}; {@code jdbc.driver}, {@code jdbc.url}, {@code jdbc.username} and
     * {@code jdbc.password} in {@code jdbcProperties} override the defaults in the XML. relkit's
     * settings ({@link ReferenceCatalogue#applySettings}) win over the XML's. Every statement is built
     * before this returns, so a mapper reference that does not resolve fails here, at start-up.
     */
    public static Configuration configuration(Properties jdbcProperties) {
        Configuration configuration;
        try (Reader reader = Resources.getResourceAsReader(CONFIG)) {
            configuration = new XMLConfigBuilder(reader, null, jdbcProperties).parse();
        } catch (IOException e) {
            throw new UncheckedIOException("MyBatis configuration " + CONFIG + " is not on the classpath", e);
        }
        ReferenceCatalogue.applySettings(configuration);
        configuration.getMappedStatementNames();
        return configuration;
    }

    /** A session factory on {@link #configuration(Properties)}. */
    public static SqlSessionFactory sessionFactory(Properties jdbcProperties) {
        return new SqlSessionFactoryBuilder().build(configuration(jdbcProperties));
    }
}
