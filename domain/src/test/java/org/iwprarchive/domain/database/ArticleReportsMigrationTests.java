package org.iwprarchive.domain.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive written before reports (migration V11) gets them from the edition links already stored: the articles
 * those links join, either way and through one another, are one report named by the lowest id, as are two articles
 * of one day in different languages with an author and a place in common; an article whose links reach no
 * archived edition, and that has no such twin, has none.
 */
class ArticleReportsMigrationTests {

    @TempDir
    Path directory;

    @Test
    void joinsTheArchivedEditionsOfEachReport() throws SQLException {
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(directory.resolve("pg"), "iwpr",
                Duration.ofSeconds(60));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(properties)) {
            String url = server.jdbcUrl("iwpr");
            migrate(url, "10");
            Map<String, Long> ids = new HashMap<>();
            try (Connection connection = DriverManager.getConnection(url);
                 Statement sql = connection.createStatement()) {
                for (String slug : new String[] {"en", "ru", "ky", "alone", "unarchived-link", "a", "b"}) {
                    ids.put(slug, insert(sql, slug));
                }
                // en links ru; ky links en (so ky reaches ru only through en); a and b link each other
                link(sql, ids.get("en"), "ru");
                link(sql, ids.get("ky"), "en");
                link(sql, ids.get("unarchived-link"), "never-archived");
                link(sql, ids.get("a"), "b");
                link(sql, ids.get("b"), "a");
                // no links: the same day, other languages, one author and one place in common; the third shares
                // the author but not the place
                long author = insertReturningId(sql, "insert into author (name, slug) values ('Timur Toktonaliev',"
                        + " 'timur-toktonaliev') returning id");
                long place = insertReturningId(sql, "insert into location (name, slug, kind) values ('Kyrgyzstan',"
                        + " 'kyrgyzstan', 'COUNTRY') returning id");
                long elsewhere = insertReturningId(sql, "insert into location (name, slug, kind) values ('Tajikistan',"
                        + " 'tajikistan', 'COUNTRY') returning id");
                for (String[] twin : new String[][] {{"twin-en", "en"}, {"twin-ru", "ru"}, {"other-place", "ky"}}) {
                    long id = insert(sql, twin[0]);
                    ids.put(twin[0], id);
                    sql.execute("update article set published_on = date '2019-05-14', language = '" + twin[1]
                            + "' where id = " + id);
                    sql.execute("insert into article_author (article_id, author_id, position) values (" + id + ", "
                            + author + ", 0)");
                    sql.execute("insert into article_location (article_id, location_id) values (" + id + ", "
                            + (twin[0].equals("other-place") ? elsewhere : place) + ")");
                }
            }

            migrate(url, "latest");

            try (Connection connection = DriverManager.getConnection(url);
                 Statement sql = connection.createStatement()) {
                long first = Math.min(ids.get("en"), Math.min(ids.get("ru"), ids.get("ky")));
                assertThat(report(sql, ids.get("en"))).isEqualTo(first);
                assertThat(report(sql, ids.get("ru"))).isEqualTo(first);
                assertThat(report(sql, ids.get("ky"))).isEqualTo(first);
                assertThat(report(sql, ids.get("a"))).isEqualTo(Math.min(ids.get("a"), ids.get("b")));
                assertThat(report(sql, ids.get("b"))).isEqualTo(Math.min(ids.get("a"), ids.get("b")));
                assertThat(report(sql, ids.get("alone"))).isNull();
                assertThat(report(sql, ids.get("unarchived-link"))).isNull();
                assertThat(report(sql, ids.get("twin-en"))).isEqualTo(ids.get("twin-en"));
                assertThat(report(sql, ids.get("twin-ru"))).isEqualTo(ids.get("twin-en"));
                assertThat(report(sql, ids.get("other-place"))).isNull();
            }
        }
    }

    private static long insertReturningId(Statement sql, String insert) throws SQLException {
        try (ResultSet row = sql.executeQuery(insert)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long insert(Statement sql, String slug) throws SQLException {
        try (ResultSet row = sql.executeQuery("insert into article (canonical_url, slug, title, body, language,"
                + " word_count, content_hash, first_seen_at, last_fetched_at, updated_at) values ('https://iwpr.net/"
                + slug + "', '" + slug + "', 'T', 'b', 'en', 1, 'h', now(), now(), now()) returning id")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void link(Statement sql, long from, String toSlug) throws SQLException {
        sql.execute("insert into article_edition (article_id, language, url) values (" + from + ", 'xx',"
                + " 'https://iwpr.net/" + toSlug + "')");
    }

    private static Long report(Statement sql, long id) throws SQLException {
        try (ResultSet row = sql.executeQuery("select report_id from article where id = " + id)) {
            row.next();
            long report = row.getLong(1);
            return row.wasNull() ? null : report;
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target(target).load()
                .migrate();
    }
}
