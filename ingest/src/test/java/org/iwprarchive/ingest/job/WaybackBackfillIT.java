package org.iwprarchive.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.ArticleVersionRepository;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A backfill against a local stand-in for the Wayback Machine that speaks its protocols: a CDX server answering
 * in JSON with a resume key, and captures served raw under {@code /web/<timestamp>id_/<original>}. The
 * background runner is off; the test runs the job itself.
 */
@SpringBootTest(properties = {"iwpr.ingest.run-jobs=false", "iwpr.wayback.hosts=127.0.0.1:*",
        "iwpr.wayback.page-size=3"})
class WaybackBackfillIT {

    private static final FixtureSite archive = FixtureSite.iwpr();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String NATO = "https://iwpr.net/global-voices/backfill-" + RUN + "-nato";
    private static final String OTHER = "https://iwpr.net/global-voices/backfill-" + RUN + "-other";
    private static final String LISTING = "https://iwpr.net/global-voices/europe-eurasia/central-asia";

    @DynamicPropertySource
    static void wayback(DynamicPropertyRegistry registry) {
        registry.add("iwpr.wayback.endpoint", archive::base);
    }

    @Autowired
    private IngestJobs jobs;

    @Autowired
    private JobWork work;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ArticleVersionRepository versions;

    @Autowired
    private SnapshotRepository snapshots;

    @AfterAll
    static void stop() {
        archive.close();
    }

    private static byte[] page(String address, String change) {
        return Fixtures.natoAt(address).replace("has led to a change in how NATO views", change)
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void archivesTheCapturesOfArticlePagesAtTheirCaptureDatesPageByPageOfTheListing() {
        Map<String, byte[]> captures = Map.of(
                "20090612083005/" + NATO, page(NATO, "has led to a change in how NATO views"),
                "20090701000000/" + OTHER, page(OTHER, "has led to a change in how NATO views"),
                "20110203040506/" + NATO, page(NATO, "has changed how NATO sees"));
        archive.routeUnder("/cdx/search/cdx", exchange -> {
            String query = URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
            assertThat(query).contains("url=iwpr.net/global-voices/", "matchType=prefix", "output=json",
                    "from=2009", "to=20111231", "filter=statuscode:200", "collapse=digest");
            String rows = query.contains("resumeKey=next-" + RUN)
                    ? "[[\"timestamp\",\"original\",\"mimetype\",\"statuscode\",\"digest\"],"
                            + "[\"20110203040506\",\"" + NATO + "\",\"text/html\",\"200\",\"BBB\"]]"
                    : "[[\"timestamp\",\"original\",\"mimetype\",\"statuscode\",\"digest\"],"
                            + "[\"20090612083005\",\"" + NATO + "\",\"text/html\",\"200\",\"AAA\"],"
                            + "[\"20090615000000\",\"" + LISTING + "\",\"text/html\",\"200\",\"LLL\"],"
                            + "[\"20090701000000\",\"" + OTHER + "\",\"text/html\",\"200\",\"CCC\"],"
                            + "[],[\"next-" + RUN + "\"]]";
            FixtureSite.send(exchange, 200, "application/json", rows.getBytes(StandardCharsets.UTF_8));
        });
        archive.routeUnder("/web/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            String key = path.substring("/web/".length()).replaceFirst("id_/", "/");
            byte[] body = captures.get(key);
            FixtureSite.send(exchange, body == null ? 404 : 200, "text/html; charset=utf-8",
                    body == null ? new byte[0] : body);
        });

        var job = jobs.startBackfill("iwpr.net/global-voices/", "2009", "2011-12-31", 10);
        work.run(job.getId());
        JobProgress done = jobs.progress(job.getId()).orElseThrow();

        assertThat(done.kind()).isEqualTo("BACKFILL");
        assertThat(done.status()).isEqualTo("SUCCEEDED");
        assertThat(done.failed()).isZero();
        assertThat(done.done()).as("two pages of the listing, three captures").isEqualTo(5);
        assertThat(archive.requests()).extracting(FixtureSite.Request::pathAndQuery)
                .filteredOn(p -> p.startsWith("/web/"))
                .as("the listing page's capture is not fetched; captures are asked for raw")
                .hasSize(3).allMatch(p -> p.contains("id_/"));

        Article nato = articles.findByCanonicalUrl(NATO).orElseThrow();
        List<Snapshot> kept = snapshots.findByArticleIdOrderByFetchedAtDescIdDesc(nato.getId());
        assertThat(kept).extracting(Snapshot::getFetchedAt).containsExactly(
                Instant.parse("2011-02-03T04:05:06Z"), Instant.parse("2009-06-12T08:30:05Z"));
        assertThat(kept).extracting(Snapshot::getOrigin).containsOnly(SnapshotOrigin.ARCHIVE);
        assertThat(versions.findByArticleIdOrderByVersionDesc(nato.getId())).hasSize(2);
        assertThat(nato.getBody()).contains("has changed how NATO sees");
        assertThat(articles.findByCanonicalUrl(OTHER)).isPresent();
    }

    @Test
    void refusesAPrefixOffTheSiteAndDatesItCannotRead() {
        assertThatThrownBy(() -> jobs.startBackfill("https://example.org/news/", null, null, null))
                .isInstanceOf(InvalidIngestRequestException.class)
                .hasMessage("The prefix is not an address on the site: https://example.org/news/.");
        assertThatThrownBy(() -> jobs.startBackfill("iwpr.net/", "last year", null, null))
                .isInstanceOf(InvalidIngestRequestException.class)
                .hasMessageStartingWith("from must be a year");
        assertThatThrownBy(() -> jobs.startBackfill("iwpr.net/", "2012", "2010", null))
                .isInstanceOf(InvalidIngestRequestException.class)
                .hasMessage("from must not be after to.");
    }
}
