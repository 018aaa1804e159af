package org.iwprarchive.domain.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.iwprarchive.domain.database.EmbeddedDatabaseProperties;
import org.iwprarchive.domain.database.EmbeddedPostgresServer;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use, with a fresh database for each
 * Spring test context so that contexts never see each other's rows.
 */
public final class TestDatabase {

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgresServer server;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            try {
                Path directory = Files.createTempDirectory("iwpr-test-postgres");
                server = EmbeddedPostgresServer.start(
                        new EmbeddedDatabaseProperties(directory.resolve("data"), "postgres", Duration.ofSeconds(60)));
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** A new, empty database on the shared server; returns its JDBC URL. */
    public static String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        server().createDatabaseIfMissing(name);
        return server().jdbcUrl(name);
    }
}
