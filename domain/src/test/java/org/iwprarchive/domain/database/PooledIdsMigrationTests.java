package org.iwprarchive.domain.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive written before ids were drawn in blocks (migration V3) keeps its rows, and the blocks Hibernate
 * draws afterwards lie above every existing id, as do the ids of inserts that use the column default.
 */
class PooledIdsMigrationTests {

    private static final int BLOCK = 50;

    @TempDir
    Path directory;

    @Test
    void blocksDrawnAfterTheUpgradeStartAboveTheExistingRows() throws SQLException {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory.resolve("pg"), "iwpr",
                Duration.ofSeconds(60));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
            String url = server.jdbcUrl("iwpr");
            migrate(url, "2");
            try (Connection connection = DriverManager.getConnection(url);
                 Statement sql = connection.createStatement()) {
                sql.execute("insert into article (canonical_url, slug, title, body, language, word_count, content_hash,"
                        + " first_seen_at, last_fetched_at, updated_at) values ('https://iwpr.net/a', 'a', 'A', 'b',"
                        + " 'en', 1, 'h', now(), now(), now())");
                sql.execute("insert into source (name, normalized_name, kind) values ('Ann', 'ann', 'PERSON')");
                for (int i = 0; i < 7; i++) {
                    sql.execute("insert into quotation (article_id, source_id, text, kind, position)"
                            + " values (1, 1, 'q', 'DIRECT', " + i + ")");
                }
                sql.execute("insert into snapshot (requested_url, final_url, fetched_at, http_status, content_type,"
                        + " sha256, content_length, content_gzip, origin) values ('u', 'u', now(), 200, 'text/html',"
                        + " 's', 1, '\\x00', 'FETCH')");
                sql.execute("insert into article_version (article_id, version, title, body, language, content_hash,"
                        + " created_at) values (1, 1, 'A', 'b', 'en', 'h', now())");
            }

            migrate(url, "latest");

            try (Connection connection = DriverManager.getConnection(url);
                 Statement sql = connection.createStatement()) {
                assertThat(count(sql, "select count(*) from quotation")).isEqualTo(7);
                // Hibernate's pooled optimizer uses the block (value - 49 .. value) of each value it draws
                assertThat(count(sql, "select nextval('quotation_ids')") - (BLOCK - 1)).isGreaterThan(7);
                assertThat(count(sql, "select nextval('snapshot_ids')") - (BLOCK - 1)).isGreaterThan(1);
                assertThat(count(sql, "select nextval('article_version_ids')") - (BLOCK - 1)).isGreaterThan(1);
                long lastBlockTop = count(sql, "select nextval('quotation_ids')");
                long byDefault = count(sql, "insert into quotation (article_id, source_id, text, kind, position)"
                        + " values (1, 1, 'q', 'DIRECT', 7) returning id");
                assertThat(byDefault).isEqualTo(lastBlockTop + BLOCK);
            }
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target(target).load()
                .migrate();
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
