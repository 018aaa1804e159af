package org.iwprarchive.domain.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iwprarchive.domain.database.EmbeddedDatabaseProperties;
import org.iwprarchive.domain.database.EmbeddedPostgresServer;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use, with a fresh database for each
 * Spring test context so that contexts never see each other's rows. Its data is thrown away with the JVM, so it
 * skips the flushes that make the service's own server durable.
 *
 * <p>The server's data and the contexts' Lucene indexes live under one temporary directory named after this
 * JVM's process id. It is deleted when the JVM exits, and a test JVM deletes those of JVMs no longer running
 * (one killed before it could clean up), so repeated test runs do not fill the disk.
 */
public final class TestDatabase {

    private static final String PREFIX = "iwpr-test-";
    private static final Pattern OWNED = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-.*");
    private static final AtomicInteger databases = new AtomicInteger();
    private static final AtomicInteger directories = new AtomicInteger();
    private static Path root;
    private static EmbeddedPostgresServer server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(root().resolve("postgres"),
                    "postgres", Duration.ofSeconds(60));
            // -Dtest.database.durable=true: as the service runs it, for benchmarks that measure what durability costs
            EmbeddedPostgresServer started = EmbeddedPostgresServer.start(Boolean.getBoolean("test.database.durable")
                    ? properties : properties.disposable());
            server = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                // the stopped server's last files may still be appearing: a few tries, then the next run sweeps
                for (int attempt = 0; attempt < 10 && Files.exists(root); attempt++) {
                    deleteQuietly(root);
                    pause();
                }
            }, "test-postgres-stop"));
        }
        return server;
    }

    /** A new, empty database on the shared server; returns its JDBC URL. */
    public static String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        server().createDatabaseIfMissing(name);
        return server().jdbcUrl(name);
    }

    /** A new, empty directory for a test context's Lucene index, deleted with the others when the JVM exits. */
    public static Path newIndexDirectory() {
        return newDirectory("index");
    }

    /** A new, empty directory for what a test context keeps (an index, uploads), deleted when the JVM exits. */
    public static Path newDirectory(String purpose) {
        try {
            return Files.createDirectories(root().resolve(purpose + "-" + directories.incrementAndGet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path root() {
        if (root == null) {
            try {
                Path temp = Path.of(System.getProperty("java.io.tmpdir"));
                deleteLeftovers(temp);
                root = Files.createTempDirectory(temp, PREFIX + ProcessHandle.current().pid() + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    /** Deletes the directories of test JVMs that are no longer running. */
    private static void deleteLeftovers(Path temp) throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            entries.filter(Files::isDirectory).forEach(directory -> {
                Matcher owner = OWNED.matcher(directory.getFileName().toString());
                if (owner.matches() && ProcessHandle.of(Long.parseLong(owner.group(1)))
                        .map(p -> !p.isAlive()).orElse(true)) {
                    deleteQuietly(directory);
                }
            });
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a file that cannot be deleted now is deleted by the next test run
        }
    }
}
