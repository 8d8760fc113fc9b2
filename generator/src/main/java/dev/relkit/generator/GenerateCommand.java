package dev.relkit.generator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code generate}: writes relkit declarations for a live MariaDB schema, with MyBatis Generator's
 * model and dynamic-SQL support classes and the XML resultMaps beside them (or the declarations only).
 * Runnable on its own ({@code mvn -pl generator exec:java -Dexec.args="..."}) and as the demo's
 * {@code generate} command.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write relkit declarations for a live MariaDB schema, with model classes, dynamic-SQL table classes"
                + " and XML resultMaps.")
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--jdbc-url", required = true, paramLabel = "URL",
            description = "A MariaDB server, e.g. jdbc:mariadb://127.0.0.1:3306/test (its database is only the connection's default).")
    String jdbcUrl;

    @Option(names = "--user", defaultValue = "${env:RELKIT_JDBC_USER:-root}",
            description = "Database user (default: $RELKIT_JDBC_USER, else root).")
    String user;

    /** Never a value on the command line, where the process list shows it. */
    @Option(names = "--password", interactive = true, arity = "0",
            description = "Ask for the database password (default: $RELKIT_JDBC_PASSWORD, else empty).")
    String password;

    @Option(names = "--schema", required = true, description = "The schema (database) to read.")
    String schema;

    @Option(names = "--package", required = true, description = "Package of the declarations class (and, by default, of everything else).")
    String declarationsPackage;

    @Option(names = "--class", description = "Name of the declarations class (default: <Schema>Relationships).")
    String declarationsClass;

    @Option(names = "--model-package", description = "Package of the model classes (default: --package).")
    String modelPackage;

    @Option(names = "--mapper-package",
            description = "Package of the dynamic-SQL support classes, mapper interfaces and XML (default: --package).")
    String mapperPackage;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the Java sources (package directories below it).")
    Path out;

    @Option(names = "--resources-out", paramLabel = "DIR", description = "Directory for the XML (default: --out).")
    Path resourcesOut;

    @Option(names = "--declarations-only",
            description = "Write only the declarations class, for model and support classes that exist under MyBatis Generator's names.")
    boolean declarationsOnly;

    @Option(names = "--unqualified", description = "Do not schema-qualify table names at run time (film instead of sakila.film).")
    boolean unqualified;

    @Option(names = "--tables", split = ",", paramLabel = "TABLE", description = "Only these tables (default: every base table).")
    List<String> tables;

    @Option(names = "--rename", paramLabel = "MODEL.NAME=NAME",
            description = "Name a relationship otherwise than the generator's rules do, e.g. --rename Store.managerStaff=manager"
                    + " (repeatable).")
    Map<String, String> renames;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Override
    public Integer call() {
        String secret = password != null ? password : System.getenv().getOrDefault("RELKIT_JDBC_PASSWORD", "");
        SchemaGenerator.Result result = SchemaGenerator.generate(new SchemaGenerator.Settings(jdbcUrl, user, secret, schema,
                declarationsPackage, declarationsClass, modelPackage, mapperPackage, out, resourcesOut, declarationsOnly,
                !unqualified, tables, renames));
        // MyBatis Generator reports every replaced file as a warning; replacing is what regenerating means
        result.warnings().stream().filter(w -> !w.startsWith("Existing file"))
                .forEach(w -> System.err.println("warning: " + w));
        result.files().forEach(System.out::println);
        return 0;
    }
}
