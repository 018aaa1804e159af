package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Keys on writes, rate limits, request limits, request ids, CORS and what the actuator shows, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "iwpr.example-data.enabled=false",
        "iwpr.rate-limits.search.capacity=3",
        "iwpr.rate-limits.search.period=1h",
        "iwpr.request-limits.max-json-body=1KB",
        "iwpr.security.allowed-origins=https://analyst.example"})
class ApiSecurityIT {

    private static final String INGEST_BODY = "{\"urls\": [\"https://iwpr.net/global-voices/nato-looks-central-asia\"]}";
    private final ApiClient api = new ApiClient(() -> this.port);

    @LocalServerPort
    private int port;

    @Autowired
    private IngestJobRepository jobs;

    @Test
    void writesWithoutAKeyAre401AndWithAWrongKey403AndChangeNothing() throws Exception {
        long jobsBefore = jobs.count();
        HttpResponse<String> noKey = api.send(post("/api/ingest", INGEST_BODY).build());
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.headers().firstValue("WWW-Authenticate")).contains("ApiKey header=\"X-API-Key\"");
        assertThat(noKey.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(noKey);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/api-key-required");
        assertThat(problem.path("detail").asString()).isEqualTo("POST /api/ingest changes the archive or administers "
                + "it and needs the service's key in the X-API-Key header.");

        HttpResponse<String> wrongKey = api.send(post("/api/ingest", INGEST_BODY)
                .header(TestApiKey.HEADER, "not-the-key-of-this-service").build());
        assertThat(wrongKey.statusCode()).isEqualTo(403);
        assertThat(json(wrongKey).path("type").asString()).isEqualTo("/problems/invalid-api-key");
        assertThat(wrongKey.body()).doesNotContain("not-the-key-of-this-service");

        for (String path : new String[] {"/api/admin/reindex", "/api/admin/reparse", "/api/ingest/crawl"}) {
            assertThat(api.send(post(path, "{}").build()).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/articles/1")).DELETE().build()).statusCode()).isEqualTo(401);
        assertThat(api.send(get("/api/admin/reindex").build()).statusCode()).isEqualTo(401);
        assertThat(jobs.count()).isEqualTo(jobsBefore);
    }

    @Test
    void aMethodAnAddressDoesNotTakeIs405BeforeAnyKeyIsAskedFor() throws Exception {
        HttpResponse<String> wrongMethod = api.send(post("/api/search", "{}").build());

        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
        assertThat(json(wrongMethod).path("type").asString()).isEqualTo("/problems/method-not-allowed");
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/ingest/jobs/1")).DELETE().build()).statusCode())
                .isEqualTo(405);
        // a write an address does take still needs the key
        assertThat(api.send(post("/api/ingest", INGEST_BODY).build()).statusCode()).isEqualTo(401);
    }

    @Test
    void theRightKeyOpensWritesAndReadsNeedNone() throws Exception {
        HttpResponse<String> accepted = api.send(post("/api/ingest", INGEST_BODY)
                .header(TestApiKey.HEADER, TestApiKey.VALUE).build());
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(api.send(get("/api/admin/reindex").header(TestApiKey.HEADER, TestApiKey.VALUE).build()).statusCode())
                .isEqualTo(200);

        assertThat(api.send(get("/api/articles").build()).statusCode()).isEqualTo(200);
        // a wrong key on a read is ignored, not refused: reads are public
        assertThat(api.send(get("/api/articles").header(TestApiKey.HEADER, "wrong").build()).statusCode()).isEqualTo(200);
    }

    @Test
    void searchesPastTheLimitAre429WithRetryAfter() throws Exception {
        // the API's completions, and the interface's search page, draw on the same allowance
        List<String> searches = List.of("/api/suggest?q=na", "/?q=narcotics", "/suggestions?q=na");
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> allowed = api.send(get(searches.get(i)).build());
            assertThat(allowed.statusCode()).isEqualTo(200);
            assertThat(allowed.headers().firstValue("X-RateLimit-Remaining")).contains(Integer.toString(2 - i));
        }
        HttpResponse<String> refused = api.send(get("/api/search?q=narcotics").build());

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 1200L); // one of 3 tokens comes back every 20 minutes
        JsonNode problem = json(refused);
        assertThat(problem.path("type").asString()).isEqualTo("/problems/rate-limited");
        assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        // other requests are not limited by the search allowance
        assertThat(api.send(get("/api/articles").build()).statusCode()).isEqualTo(200);
    }

    @Test
    void oversizeQueryStringsAndBodiesAreRefusedBeforeAnyWork() throws Exception {
        long jobsBefore = jobs.count();
        HttpResponse<String> longQuery = api.send(get("/api/articles?x=" + "a".repeat(5000)).build());
        assertThat(longQuery.statusCode()).isEqualTo(414);
        assertThat(json(longQuery).path("type").asString()).isEqualTo("/problems/query-too-long");

        String big = "{\"urls\": [\"" + "https://iwpr.net/x".repeat(100) + "\"]}";
        HttpResponse<String> announced = api.send(post("/api/ingest", big).header(TestApiKey.HEADER, TestApiKey.VALUE)
                .build());
        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(json(announced).path("type").asString()).isEqualTo("/problems/body-too-large");

        // the same body in chunks, without a length up front
        HttpResponse<String> chunked = api.send(HttpRequest.newBuilder(api.uri("/api/ingest"))
                .header("Content-Type", "application/json").header(TestApiKey.HEADER, TestApiKey.VALUE)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes())))
                .build());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(json(chunked).path("type").asString()).isEqualTo("/problems/body-too-large");
        assertThat(jobs.count()).isEqualTo(jobsBefore);
    }

    @Test
    void everyResponseCarriesARequestIdAndProblemsNameIt() throws Exception {
        HttpResponse<String> given = api.send(get("/api/articles/987654").header("X-Request-Id", "client-chosen-42").build());
        assertThat(given.headers().firstValue("X-Request-Id")).contains("client-chosen-42");
        assertThat(json(given).path("requestId").asString()).isEqualTo("client-chosen-42");

        HttpResponse<String> made = api.send(get("/api/articles").header("X-Request-Id", "not a token\u00e9").build());
        assertThat(made.headers().firstValue("X-Request-Id").orElseThrow())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void corsAnswersOnlyTheConfiguredOrigin() throws Exception {
        HttpResponse<String> allowed = api.send(preflight("https://analyst.example"));
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://analyst.example");

        HttpResponse<String> other = api.send(preflight("https://elsewhere.example"));
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theActuatorShowsHealthInfoAndMetricsOnly() throws Exception {
        assertThat(api.send(get("/actuator/health").build()).statusCode()).isEqualTo(200);
        assertThat(api.send(get("/actuator/info").build()).statusCode()).isEqualTo(200);
        assertThat(api.send(get("/actuator/metrics").build()).statusCode()).isEqualTo(200);
        HttpResponse<String> prometheus = api.send(get("/actuator/prometheus").build());
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("http_server_requests_seconds_count");
        for (String hidden : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/loggers"}) {
            assertThat(api.send(get(hidden).build()).statusCode()).as(hidden).isEqualTo(404);
        }
    }

    private HttpRequest preflight(String origin) {
        return HttpRequest.newBuilder(api.uri("/api/search")).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "GET").build();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(api.uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(api.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
