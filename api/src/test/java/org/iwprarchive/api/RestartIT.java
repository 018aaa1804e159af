package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.iwprarchive.IwprArchiveApplication;
import org.iwprarchive.domain.testing.TestDatabase;
import org.iwprarchive.ingest.fixtures.HostilePages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Starts of the service over an archive it wrote before: whatever one article holds, the service starts, the
 * rest of the archive is searchable, and the article the index refused is reported instead of stopping it.
 */
class RestartIT {

    @TempDir
    Path directory;

    @Test
    void startsOverAnArticleTheIndexRefusesAndReportsIt() throws Exception {
        String database = TestDatabase.newDatabase();
        long refused;
        try (ConfigurableApplicationContext service = start(database)) {
            ApiClient api = client(service);
            refused = json(api.upload("https://iwpr.net/global-voices/legacy-author", "text/html",
                    HostilePages.withAuthor("legacy-author", "Ann Smith"))).path("article").path("id").asLong();
            // a name stored before the archive bounded names (an earlier version, or a row written by hand): too
            // long for a term of the search index
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            jdbc.execute("alter table author drop constraint author_name_length");
            jdbc.update("update author set name = ? where slug = 'ann-smith'", HostilePages.LONG_WORDS);
            jdbc.execute("alter table author add constraint author_name_length check (length(name) <= 200) not valid");
        }
        // an index written under another mapping is rebuilt at the next start
        Files.writeString(directory.resolve("index").resolve("iwpr-index-version"), "0");

        try (ConfigurableApplicationContext service = start(database)) {
            ApiClient api = client(service);
            assertThat(problemArticles(api)).containsExactly(refused);
            assertThat(json(api.get("/api/search?q=narcotics")).path("totalItems").asLong()).isEqualTo(1);
            assertThat(api.get("/api/articles/" + refused).statusCode()).isEqualTo(200);
        }
        Files.writeString(directory.resolve("index").resolve("iwpr-index-version"), "0");

        try (ConfigurableApplicationContext service = start(database)) {
            ApiClient api = client(service);
            // PostgreSQL commits an article before the index takes it: one the index refuses is still stored,
            // and the writer is told so, not answered 500
            HttpResponse<String> stored = api.upload("https://iwpr.net/global-voices/second-by-legacy-author",
                    "text/html", HostilePages.withAuthor("second-by-legacy-author", "Ann Smith"));
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
            long second = json(stored).path("article").path("id").asLong();
            assertThat(problemArticles(api)).containsExactly(refused, second);
            refused = Math.max(refused, second);
        }

        // the next start knows the index is short by that article, and why, without rebuilding again
        try (ConfigurableApplicationContext service = start(database)) {
            ApiClient api = client(service);
            assertThat(problemArticles(api)).hasSize(2).contains(refused);
            assertThat(json(authorized(api, "/api/admin/reindex")).path("startedAt").isNull())
                    .as("no rebuild at this start").isTrue();
        }
    }

    private ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(IwprArchiveApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + database,
                        "--spring.datasource.username=postgres",
                        "--iwpr.search.index-directory=" + directory.resolve("index"));
    }

    private static ApiClient client(ConfigurableApplicationContext service) {
        return new ApiClient(() -> Integer.parseInt(service.getEnvironment().getProperty("local.server.port", "0")));
    }

    private static java.util.List<Long> problemArticles(ApiClient api) throws Exception {
        JsonNode problems = json(authorized(api, "/api/admin/index-problems"));
        java.util.List<Long> ids = new java.util.ArrayList<>();
        problems.path("items").forEach(item -> ids.add(item.path("articleId").asLong()));
        return ids;
    }

    private static String authorized(ApiClient api, String path) throws Exception {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri(path))
                .header(TestApiKey.HEADER, TestApiKey.VALUE).GET().build());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}
