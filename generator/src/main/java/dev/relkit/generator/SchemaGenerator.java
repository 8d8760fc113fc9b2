package dev.relkit.generator;

import org.mybatis.generator.api.MyBatisGenerator;
import org.mybatis.generator.config.CommentGeneratorConfiguration;
import org.mybatis.generator.config.Configuration;
import org.mybatis.generator.config.Context;
import org.mybatis.generator.config.JDBCConnectionConfiguration;
import org.mybatis.generator.config.JavaClientGeneratorConfiguration;
import org.mybatis.generator.config.JavaModelGeneratorConfiguration;
import org.mybatis.generator.config.JavaTypeResolverConfiguration;
import org.mybatis.generator.config.ModelType;
import org.mybatis.generator.config.PluginConfiguration;
import org.mybatis.generator.config.TableConfiguration;
import org.mybatis.generator.exception.InvalidConfigurationException;
import org.mybatis.generator.internal.DefaultShellCallback;
import org.mybatis.generator.internal.util.JavaBeansUtil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs MyBatis Generator on a live MariaDB schema with relkit's plugin ({@link RelkitPlugin}): one
 * context ({@code MyBatis3DynamicSql}, flat models, {@code java.time} types, {@link MariaDbJavaTypeResolver}),
 * one table configuration per base table of the schema (views have no keys to declare), runtime
 * table names schema-qualified unless {@link Settings#qualified()} is false.
 */
public final class SchemaGenerator {

    /**
     * What to generate.
     *
     * @param jdbcUrl             a MariaDB URL; its database is only the connection's default
     * @param user                the database user
     * @param password            the password, empty for none
     * @param schema              the schema (MariaDB database) to read
     * @param declarationsPackage the package of the {@code XxxRelationships} class
     * @param declarationsClass   its simple name
     * @param modelPackage        the package of the model classes
     * @param mapperPackage       the package of the dynamic-SQL support classes, mapper interfaces and XML
     * @param javaDirectory       where Java sources are written (package directories below it)
     * @param resourcesDirectory  where the XML is written
     * @param declarationsOnly    write only the declarations, for model and support classes that exist
     * @param qualified           schema-qualify table names at run time ({@code sakila.film})
     * @param tables              the tables to read; empty for every base table of the schema
     * @param renames             relationship names to write instead of the generated ones, keyed
     *                            {@code Model.generatedName} ({@code Store.managerStaff} → {@code manager});
     *                            a key that matches no relationship is reported as a warning
     */
    public record Settings(String jdbcUrl, String user, String password, String schema, String declarationsPackage,
                           String declarationsClass, String modelPackage, String mapperPackage, Path javaDirectory,
                           Path resourcesDirectory, boolean declarationsOnly, boolean qualified, List<String> tables,
                           Map<String, String> renames) {

        public Settings {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(declarationsPackage, "declarationsPackage");
            Objects.requireNonNull(javaDirectory, "javaDirectory");
            password = password == null ? "" : password;
            declarationsClass = declarationsClass != null ? declarationsClass : Names.capitalized(Names.camel(schema)) + "Relationships";
            modelPackage = modelPackage != null ? modelPackage : declarationsPackage;
            mapperPackage = mapperPackage != null ? mapperPackage : declarationsPackage;
            resourcesDirectory = resourcesDirectory != null ? resourcesDirectory : javaDirectory;
            tables = tables == null ? List.of() : List.copyOf(tables);
            renames = renames == null ? Map.of() : Map.copyOf(renames);
        }

        /** The settings without renames. */
        public Settings(String jdbcUrl, String user, String password, String schema, String declarationsPackage,
                        String declarationsClass, String modelPackage, String mapperPackage, Path javaDirectory,
                        Path resourcesDirectory, boolean declarationsOnly, boolean qualified, List<String> tables) {
            this(jdbcUrl, user, password, schema, declarationsPackage, declarationsClass, modelPackage, mapperPackage,
                    javaDirectory, resourcesDirectory, declarationsOnly, qualified, tables, Map.of());
        }
    }

    /**
     * What was written.
     *
     * @param files    every file, relative to its output directory
     * @param warnings MyBatis Generator's warnings
     */
    public record Result(List<String> files, List<String> warnings) {
    }

    private SchemaGenerator() {
    }

    /**
     * Reads the schema and writes the files, replacing files of the same names.
     *
     * @throws IllegalStateException naming the schema and the URL's server when the schema has no table
     *     or MyBatis Generator fails
     */
    public static Result generate(Settings settings) {
        try {
            Files.createDirectories(settings.javaDirectory());
            Files.createDirectories(settings.resourcesDirectory());
            List<String> tables = settings.tables().isEmpty() ? baseTables(settings) : settings.tables();
            if (tables.isEmpty()) {
                throw new IllegalStateException("The schema '" + settings.schema() + "' has no table");
            }
            List<String> warnings = new ArrayList<>();
            MyBatisGenerator generator = new MyBatisGenerator(configuration(settings, tables), new DefaultShellCallback(true), warnings);
            generator.generate(null);
            return new Result(written(settings), warnings);
        } catch (SQLException | IOException | InvalidConfigurationException e) {
            throw new IllegalStateException("Could not generate the declarations of schema '" + settings.schema() + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating the declarations of schema '" + settings.schema() + "'", e);
        }
    }

    /** The files below the generated packages, relative to their output directory. */
    private static List<String> written(Settings settings) throws IOException {
        Set<String> files = new TreeSet<>();
        for (Path root : new LinkedHashSet<>(List.of(settings.javaDirectory(), settings.resourcesDirectory()))) {
            for (String packageName : new LinkedHashSet<>(
                    List.of(settings.declarationsPackage(), settings.modelPackage(), settings.mapperPackage()))) {
                Path directory = root.resolve(packageName.replace('.', '/'));
                if (Files.isDirectory(directory)) {
                    try (Stream<Path> listing = Files.list(directory)) {
                        listing.filter(Files::isRegularFile).forEach(f -> files.add(root.relativize(f).toString()));
                    }
                }
            }
        }
        return List.copyOf(files);
    }

    private static List<String> baseTables(Settings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password())) {
            return SchemaConstraints.read(connection, settings.schema()).tables();
        }
    }

    static Configuration configuration(Settings settings, List<String> tables) {
        Context context = new Context(ModelType.FLAT);
        context.setId("relkit");
        context.setTargetRuntime("MyBatis3DynamicSql");

        JDBCConnectionConfiguration jdbc = new JDBCConnectionConfiguration();
        jdbc.setDriverClass("org.mariadb.jdbc.Driver");
        jdbc.setConnectionURL(settings.jdbcUrl());
        jdbc.setUserId(settings.user());
        jdbc.setPassword(settings.password());
        context.setJdbcConnectionConfiguration(jdbc);

        JavaTypeResolverConfiguration types = new JavaTypeResolverConfiguration();
        types.setConfigurationType(MariaDbJavaTypeResolver.class.getName());
        types.addProperty("useJSR310Types", "true");
        context.setJavaTypeResolverConfiguration(types);

        CommentGeneratorConfiguration comments = new CommentGeneratorConfiguration();
        comments.setConfigurationType(PlainCommentGenerator.class.getName());
        context.setCommentGeneratorConfiguration(comments);

        JavaModelGeneratorConfiguration model = new JavaModelGeneratorConfiguration();
        model.setTargetPackage(settings.modelPackage());
        model.setTargetProject(settings.javaDirectory().toString());
        context.setJavaModelGeneratorConfiguration(model);

        JavaClientGeneratorConfiguration client = new JavaClientGeneratorConfiguration();
        client.setTargetPackage(settings.mapperPackage());
        client.setTargetProject(settings.javaDirectory().toString());
        context.setJavaClientGeneratorConfiguration(client);

        PluginConfiguration plugin = new PluginConfiguration();
        plugin.setConfigurationType(RelkitPlugin.class.getName());
        plugin.addProperty("declarationsPackage", settings.declarationsPackage());
        plugin.addProperty("declarationsClass", settings.declarationsClass());
        plugin.addProperty("declarationsProject", settings.javaDirectory().toString());
        plugin.addProperty("resourcesProject", settings.resourcesDirectory().toString());
        plugin.addProperty("declarationsOnly", Boolean.toString(settings.declarationsOnly()));
        plugin.addProperty("renames", settings.renames().entrySet().stream()
                .map(rename -> rename.getKey() + "=" + rename.getValue()).collect(Collectors.joining(",")));
        context.addPluginConfiguration(plugin);

        for (String table : tables) {
            TableConfiguration configuration = new TableConfiguration(context);
            configuration.setCatalog(settings.schema());
            configuration.setTableName(table);
            // named from the table alone: a runtime name would otherwise lend the class its schema prefix
            configuration.setDomainObjectName(JavaBeansUtil.getCamelCaseString(table, true));
            // MariaDB's database is JDBC's catalog: MyBatis Generator would write catalog..table
            configuration.addProperty("ignoreQualifiersAtRuntime", "true");
            if (settings.qualified()) {
                configuration.addProperty("runtimeTableName", settings.schema() + "." + table);
            }
            context.addTableConfiguration(configuration);
        }
        Configuration configuration = new Configuration();
        configuration.addContext(context);
        return configuration;
    }
}
