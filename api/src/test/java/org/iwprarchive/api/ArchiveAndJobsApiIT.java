package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Jobs, crawls, versions and raw snapshots over HTTP, with a local server playing iwpr.net. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "iwpr.example-data.enabled=false",
        "iwpr.fetch.allowed-hosts=127.0.0.1:*",
        "iwpr.fetch.allow-private-addresses=true",
        "iwpr.fetch.politeness-delay=0s"})
class ArchiveAndJobsApiIT {

    private static final FixtureSite site = FixtureSite.iwpr();
    private final ApiClient api = new ApiClient(() -> this.port);

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @LocalServerPort
    private int port;

    @Autowired
    private ArticleRepository articles;

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void aCrawlRunsAsAJobWhoseProgressTheApiReports() throws Exception {
        HttpResponse<String> accepted = postJson("/api/ingest/crawl",
                "{\"start\": \"" + site.url("/global-voices/europe-eurasia/central-asia") + "\", \"maxPages\": 10}");

        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/api/ingest/jobs/\\d+");
        JsonNode job = api.awaitFinished(location);
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("kind").asString()).isEqualTo("CRAWL");
        assertThat(job.path("done").asInt()).isEqualTo(5);
        assertThat(job.path("total").asInt()).isEqualTo(5);
        assertThat(job.path("pending").asInt()).isZero();
        assertThat(job.path("ratePerSecond").asDouble()).isPositive();

        JsonNode found = json(api.get("/api/search?q=Atyrau"));
        assertThat(found.path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void refusesAnIngestRequestWithABadAddressAndNamesIt() throws Exception {
        HttpResponse<String> refused = postJson("/api/ingest",
                "{\"urls\": [\"" + site.url("/global-voices/nato-looks-central-asia") + "\", \"file:///etc/passwd\"]}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.path("detail").asString()).isEqualTo("Nothing was queued: 1 of 2 addresses cannot be fetched.");
        assertThat(problem.path("errors").path(0).asString()).isEqualTo("'file:///etc/passwd' is not an http or https URL");

        assertThat(postJson("/api/ingest", "{\"urls\": []}").statusCode()).isEqualTo(400);
        assertThat(postJson("/api/ingest", "{not json").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/ingest/jobs/987654").statusCode()).isEqualTo(404);
    }

    @Test
    void keepsEveryVersionAndTheRawPageOfEachSnapshot() throws Exception {
        String url = "https://iwpr.net/global-voices/version-test";
        byte[] first = page("Version Test", "The first text.");
        byte[] second = page("Version Test", "The second text.");
        long id = json(upload(url, first)).path("article").path("id").asLong();
        JsonNode updated = json(upload(url, second));

        assertThat(updated.path("outcome").asString()).isEqualTo("UPDATED");
        assertThat(updated.path("article").path("version").asInt()).isEqualTo(2);
        JsonNode versions = json(api.get("/api/articles/" + id + "/versions"));
        assertThat(versions.path("totalItems").asInt()).isEqualTo(2);
        assertThat(versions.path("items").path(0).path("version").asInt()).isEqualTo(2);
        JsonNode v1 = json(api.get("/api/articles/" + id + "/versions/1"));
        assertThat(v1.path("paragraphs").path(0).asString()).isEqualTo("The first text.");
        JsonNode diff = json(api.get("/api/articles/" + id + "/versions/1/diff/2"));
        assertThat(diff.path("paragraphsChanged").asInt()).isEqualTo(1);
        assertThat(diff.path("paragraphs").path(0).path("kind").asString()).isEqualTo("CHANGE");
        assertThat(diff.path("paragraphs").path(0).path("fromParagraphs").path(0).asString()).isEqualTo("The first text.");
        assertThat(diff.path("paragraphs").path(0).path("toParagraphs").path(0).asString()).isEqualTo("The second text.");
        assertThat(api.get("/api/articles/" + id + "/versions/1/diff/9").statusCode()).isEqualTo(404);

        JsonNode snapshots = json(api.get("/api/articles/" + id + "/snapshots"));
        assertThat(snapshots.path("totalItems").asInt()).isEqualTo(2);
        JsonNode oldest = snapshots.path("items").path(1);
        assertThat(oldest.path("fieldRules").path("title").asString()).isEqualTo("markup:title");
        HttpResponse<byte[]> raw = api.sendForBytes(HttpRequest.newBuilder(api.uri(oldest.path("raw").asString())).build());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(first);
        assertThat(raw.headers().firstValue("Content-Type")).contains("text/html");
        assertThat(raw.headers().firstValue("Content-Security-Policy")).contains("sandbox");
        assertThat(api.get("/api/articles/" + id + "/versions/9").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/snapshots/987654/raw").statusCode()).isEqualTo(404);
    }

    @Test
    void tenConcurrentUploadsOfOneArticleMakeOneArticle() throws Exception {
        String url = "https://iwpr.net/global-voices/concurrent-upload-test";
        byte[] content = page("Concurrent Upload Test", "Ten clients send this page about Zhanaozen at once.");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<HttpResponse<String>> call = () -> upload(url, content);
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(articles.findByCanonicalUrl(url)).isPresent();
        assertThat(json(api.get("/api/search?q=Zhanaozen")).path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void identicalBytesSentAtOnceUnderTenAddressesAreKeptOnce() throws Exception {
        byte[] content = page("Same Bytes Test", "Ten clients send these bytes about Kokpar at once.");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                String url = "https://iwpr.net/global-voices/same-bytes-" + i;
                answers.add(pool.submit(() -> upload(url, content)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        String sha256 = org.iwprarchive.domain.archive.Snapshot.sha256(content);
        assertThat(jdbc.queryForObject("select count(*) from snapshot where sha256 = ? and content_gzip is not null",
                Long.class, sha256)).as("copies of the bytes").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from snapshot where sha256 = ? and revisit_of is not null",
                Long.class, sha256)).as("revisits").isEqualTo(9);
    }

    @Test
    void reparseRunsAsAJob() throws Exception {
        upload("https://iwpr.net/global-voices/reparse-test", page("Reparse Test", "Some text."));

        HttpResponse<String> accepted = api.send(HttpRequest.newBuilder(api.uri("/api/admin/reparse"))
                .header(TestApiKey.HEADER, TestApiKey.VALUE).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = api.awaitFinished(accepted.headers().firstValue("Location").orElseThrow());
        assertThat(job.path("kind").asString()).isEqualTo("REPARSE");
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("failed").asInt()).isZero();
    }


    private static byte[] page(String title, String paragraph) {
        return ("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + paragraph
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return api.post(path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(String url, byte[] page) throws Exception {
        return api.upload(url, "text/html", page);
    }
}
