package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.iwprarchive.IwprArchiveApplication;
import org.iwprarchive.domain.database.EmbeddedDatabaseProperties;
import org.iwprarchive.domain.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service while its PostgreSQL server is gone and after it is back: requests that need the database are
 * answered 503 with {@code Retry-After} within seconds, readiness is down, and the service recovers by itself.
 * The server is one of the test's own, so that the test decides when it stops and when it returns.
 */
class DatabaseLossIT {

    @TempDir
    Path directory;

    @Test
    void answersUnavailableWhileTheDatabaseIsGoneAndRecoversWhenItIsBack() throws Exception {
        EmbeddedDatabaseProperties database = new EmbeddedDatabaseProperties(directory.resolve("postgres"), "iwpr",
                Duration.ofSeconds(60)).disposable().onPort(freePort());
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(database);
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(IwprArchiveApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + server.jdbcUrl("iwpr"),
                        "--spring.datasource.username=postgres",
                        "--iwpr.search.index-directory=" + directory.resolve("index"))) {
            ApiClient api = new ApiClient(() -> Integer.parseInt(
                    service.getEnvironment().getProperty("local.server.port", "0")));
            assertThat(api.get("/api/articles/1").statusCode()).isEqualTo(200);
            assertThat(api.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

            server.close();

            long asked = System.nanoTime();
            HttpResponse<String> article = api.get("/api/articles/1");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(10));
            assertThat(article.statusCode()).isEqualTo(503);
            assertThat(article.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(json(article).path("type").asString()).isEqualTo("/problems/database-unavailable");
            assertThat(api.get("/api/articles?size=5").statusCode()).isEqualTo(503);
            HttpResponse<String> readiness = api.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(json(readiness).path("status").asString()).isEqualTo("DOWN");
            assertThat(api.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

            server = EmbeddedPostgresServer.start(database);

            int status = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (status != 200 && System.nanoTime() < deadline) {
                status = api.get("/api/articles/1").statusCode();
            }
            assertThat(status).as("the article, once the database is back").isEqualTo(200);
            assertThat(api.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            server.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
