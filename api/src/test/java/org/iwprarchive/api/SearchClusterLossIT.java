package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.iwprarchive.IwprArchiveApplication;
import org.iwprarchive.domain.testing.TestDatabase;
import org.iwprarchive.opensearch.OpenSearchTestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The service on the OpenSearch backend, over HTTP, while its cluster is there, gone and back: searches with facets
 * and highlights; while the cluster is gone, a 503 {@code index-unavailable} with {@code Retry-After}, and articles
 * still read from PostgreSQL; once it is back, searches again without a restart. The cluster is a real OpenSearch
 * node of the test's own, over a directory it keeps between its two starts.
 */
class SearchClusterLossIT {

    @TempDir
    Path directory;

    @Test
    void answersUnavailableWhileTheClusterIsGoneAndSearchesAgainWhenItIsBack() throws Exception {
        int port = OpenSearchTestNode.freePort();
        OpenSearchTestNode node = OpenSearchTestNode.start(directory.resolve("opensearch"), port);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(IwprArchiveApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + TestDatabase.newDatabase(),
                        "--spring.datasource.username=postgres",
                        "--iwpr.search.index-directory=" + directory.resolve("index"),
                        "--iwpr.search.backend=opensearch", "--iwpr.search.opensearch.uris=" + node.uri(),
                        "--iwpr.search.opensearch.index-prefix=cluster-loss-")) {
            ApiClient api = new ApiClient(() -> Integer.parseInt(
                    service.getEnvironment().getProperty("local.server.port", "0")));
            // the bundled example article, indexed at the first start
            JsonNode found = json(api.get("/api/search?q=nato+asia"));
            assertThat(found.path("totalItems").asLong()).isEqualTo(1);
            assertThat(found.path("items").get(0).path("highlights").path("body").get(0).asString())
                    .contains("<mark>");
            assertThat(found.path("facets").findValuesAsString("field")).contains("location", "author", "year");

            node.close();

            long asked = System.nanoTime();
            HttpResponse<String> search = api.get("/api/search?q=nato");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(json(search).path("type").asString()).isEqualTo("/problems/index-unavailable");
            assertThat(api.get("/api/articles/1").statusCode()).isEqualTo(200);

            node = OpenSearchTestNode.start(directory.resolve("opensearch"), port);

            int status = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (status != 200 && System.nanoTime() < deadline) {
                status = api.get("/api/search?q=nato").statusCode();
            }
            assertThat(status).as("a search, once the cluster is back").isEqualTo(200);
            assertThat(json(api.get("/api/search?q=nato+asia")).path("totalItems").asLong()).isEqualTo(1);
        } finally {
            node.close();
        }
    }
}
