package org.iwprarchive.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iwprarchive.api.ApiClient.json;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.testing.TestDatabase;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.iwprarchive.ingest.fixtures.RawWarc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/ingest/archive}: a web archive file sent over HTTP, imported as a job. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "iwpr.example-data.enabled=false",
        "iwpr.ingest.max-upload=2MB"})
class WebArchiveImportIT {

    private static final Instant CAPTURED = Instant.parse("2011-03-04T05:06:07Z");

    private final ApiClient api = new ApiClient(() -> this.port);

    @DynamicPropertySource
    static void uploads(DynamicPropertyRegistry registry) {
        // under the test JVM's own directory, deleted when it exits
        Path uploads = TestDatabase.newDirectory("uploads");
        registry.add("iwpr.ingest.upload-directory", uploads::toString);
    }

    @LocalServerPort
    private int port;

    @Value("${iwpr.ingest.upload-directory}")
    private Path uploads;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private SnapshotRepository snapshots;

    @Test
    void anUploadedWarcBecomesAnImportJobWhosePagesKeepTheirCaptureDates() throws Exception {
        String address = "https://iwpr.net/global-voices/import-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] page = Fixtures.natoAt(address).getBytes(StandardCharsets.UTF_8);
        byte[] warc = RawWarc.v11().warcinfo().request(address, CAPTURED).page(address, CAPTURED, page)
                .gzipPerRecord();

        HttpResponse<String> accepted = api.post("/api/ingest/archive", "application/warc", warc);

        assertThat(accepted.statusCode()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = api.awaitFinished(location);
        assertThat(job.path("kind").asString()).isEqualTo("IMPORT");
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("request").asString()).matches("upload-\\d+\\.warc");
        assertThat(job.path("total").asInt()).isEqualTo(3);
        assertThat(job.path("done").asInt()).isEqualTo(1);
        assertThat(job.path("skipped").asInt()).isEqualTo(2);

        long articleId = articles.findByCanonicalUrl(address).orElseThrow().getId();
        assertThat(snapshots.findByArticleIdOrderByFetchedAtDescIdDesc(articleId))
                .extracting(Snapshot::getFetchedAt, Snapshot::getOrigin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CAPTURED, SnapshotOrigin.ARCHIVE));
        JsonNode article = json(api.get("/api/articles/" + articleId));
        assertThat(article.path("title").asString()).isEqualTo("NATO Looks to Central Asia");
        assertThat(article.path("publishedOn").asString()).isEqualTo("2002-12-06");
        assertThat(article.path("datedBy").asString()).isEqualTo("PAGE");
        assertThat(filesIn(uploads)).as("the upload is deleted once imported").isZero();
    }

    @Test
    void aCapturedPageThatPrintsNoDateIsDatedByItsCaptureAndSaysSo() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String address = "https://iwpr.net/global-voices/undated-" + run;
        byte[] page = Fixtures.undatedNatoAt(address)
                .replace("<p>The ongoing", "<p>Undated" + run + ". The ongoing")
                .getBytes(StandardCharsets.UTF_8);

        JsonNode job = api.awaitFinished(api.post("/api/ingest/archive", "application/warc",
                RawWarc.v10().page(address, CAPTURED, page).gzipPerRecord()).headers().firstValue("Location")
                .orElseThrow());

        assertThat(job.path("done").asInt()).isEqualTo(1);
        long articleId = articles.findByCanonicalUrl(address).orElseThrow().getId();
        JsonNode article = json(api.get("/api/articles/" + articleId));
        assertThat(article.path("publishedOn").asString()).isEqualTo("2011-03-04");
        assertThat(article.path("datedBy").asString()).isEqualTo("CAPTURE");
        JsonNode hit = json(api.get("/api/search?facets=none&q=undated" + run)).path("items").path(0);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (hit.isMissingNode() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            hit = json(api.get("/api/search?facets=none&q=undated" + run)).path("items").path(0);
        }
        assertThat(hit.path("publishedOn").asString()).isEqualTo("2011-03-04");
        assertThat(hit.path("datedBy").asString()).isEqualTo("CAPTURE");
        assertThat(api.get("/articles/" + articleId).body()).contains("on or before");
    }

    @Test
    void theBatchesOfALargerImportIndexedInTheBackgroundAreSearchable() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        RawWarc warc = RawWarc.v10();
        int pages = 2 * 64 + 3;
        for (int i = 0; i < pages; i++) {
            String address = "https://iwpr.net/global-voices/bulk-" + run + "-" + i;
            warc.page(address, CAPTURED.plusSeconds(i), Fixtures.natoAt(address)
                    .replace("<p>The ongoing", "<p>Marker" + run + "x" + i + ". The ongoing")
                    .getBytes(StandardCharsets.UTF_8));
        }

        JsonNode job = api.awaitFinished(api.post("/api/ingest/archive", "application/warc", warc.gzipPerRecord())
                .headers().firstValue("Location").orElseThrow());

        assertThat(job.path("done").asInt()).isEqualTo(pages);
        for (int i : new int[] {0, 63, 64, pages - 1}) {
            String query = "/api/search?facets=none&q=marker" + run + "x" + i;
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            int found = 0;
            while (found == 0 && Instant.now().isBefore(deadline)) {
                found = json(api.get(query)).path("totalItems").asInt();
                if (found == 0) {
                    Thread.sleep(100);
                }
            }
            assertThat(found).as("page %d found by its own word", i).isEqualTo(1);
        }
    }

    @Test
    void aBodyThatIsNotAWebArchiveIsRefusedAndNotKept() throws Exception {
        HttpResponse<String> refused = api.post("/api/ingest/archive", "application/warc",
                Fixtures.bytes("nato-looks-central-asia.html"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(refused).path("type").asString()).endsWith("/problems/invalid-ingest-request");
        assertThat(json(refused).path("detail").asString()).startsWith("Nothing was queued: upload-")
                .contains("is not a WARC or WACZ file");
        assertThat(filesIn(uploads)).isZero();
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> refused = api.post("/api/ingest/archive", "application/warc", new byte[3 * 1024 * 1024]);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(json(refused).path("type").asString()).endsWith("/problems/archive-too-large");
        assertThat(filesIn(uploads)).isZero();
    }

    @Test
    void importingNeedsTheApiKey() throws Exception {
        HttpResponse<String> refused = api.send(HttpRequest.newBuilder(api.uri("/api/ingest/archive"))
                .header("Content-Type", "application/warc")
                .POST(HttpRequest.BodyPublishers.ofByteArray(RawWarc.v10().warcinfo().plain())).build());

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    private static long filesIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

}
