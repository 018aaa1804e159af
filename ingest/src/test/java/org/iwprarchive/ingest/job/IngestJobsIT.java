package org.iwprarchive.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.ArticleVersionRepository;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobError;
import org.iwprarchive.domain.job.IngestJobKind;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.iwprarchive.domain.job.IngestJobUrl;
import org.iwprarchive.domain.job.IngestJobUrlRepository;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Jobs and crawls end to end: a local server playing iwpr.net, the background worker, real PostgreSQL. */
@SpringBootTest
class IngestJobsIT {

    private static final FixtureSite site = FixtureSite.iwpr();

    @Autowired
    private IngestJobs jobs;

    @Autowired
    private IngestJobRepository jobRepository;

    @Autowired
    private IngestJobUrlRepository frontier;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ArticleVersionRepository versions;

    @Autowired
    private SnapshotRepository snapshots;

    @Autowired
    private TransactionTemplate transactions;

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void fetchesAListOfAddressesOnceEachAndRecordsWhatFailed() {
        IngestJob job = jobs.submitUrls(List.of(
                site.url("/global-voices/kyrgyz-opposition-rallies-bishkek"),
                site.url("/global-voices/kyrgyz-opposition-rallies-bishkek"),
                site.url("/global-voices/no-such-article")));

        JobProgress done = awaitFinished(job.getId());

        assertThat(done.status()).isEqualTo("SUCCEEDED");
        assertThat(done.total()).isEqualTo(2);
        assertThat(done.done()).isEqualTo(1);
        assertThat(done.failed()).isEqualTo(1);
        assertThat(done.errors()).extracting(IngestJobError::message)
                .containsExactly("HTTP 404 from " + site.url("/global-voices/no-such-article"));
        assertThat(articles.findByCanonicalUrl("https://iwpr.net/global-voices/kyrgyz-opposition-rallies-bishkek"))
                .isPresent();
    }

    @Test
    void crawlsAListingThroughItsPages() {
        IngestJob job = jobs.startCrawl(site.url("/global-voices/europe-eurasia/central-asia"), 10, 3, null);

        JobProgress done = awaitFinished(job.getId());

        assertThat(done.status()).isEqualTo("SUCCEEDED");
        assertThat(done.total()).isEqualTo(5); // two listing pages, three articles
        assertThat(done.done()).isEqualTo(5);
        assertThat(urls(job.getId(), IngestJobUrl.Kind.ARTICLE)).containsExactly(
                site.url("/global-voices/kazakstan-oil-town-two-authors"),
                site.url("/global-voices/kyrgyz-opposition-rallies-bishkek"),
                site.url("/global-voices/nato-looks-central-asia"));
        assertThat(articles.findByCanonicalUrl("https://iwpr.net/global-voices/kazakstan-oil-town-two-authors"))
                .map(Article::getTitle).contains("Kazak Oil Town Counts the Cost of Boom");
    }

    @Test
    void stopsAtTheCrawlsBounds() {
        IngestJob job = jobs.startCrawl(site.url("/global-voices/europe-eurasia/central-asia"), 1, 0, null);

        JobProgress done = awaitFinished(job.getId());

        // depth 0: the second listing page is not followed; one article, the other skipped at the page limit
        assertThat(done.total()).isEqualTo(3);
        assertThat(frontier.countByJobIdAndKindAndStatus(job.getId(), IngestJobUrl.Kind.ARTICLE,
                IngestJobUrl.Status.DONE)).isEqualTo(1);
        assertThat(done.skipped()).isEqualTo(1);
        assertThat(frontier.findByJobIdOrderByIdAsc(job.getId())).extracting(IngestJobUrl::getOutcome)
                .contains("the crawl's limit of 1 articles is reached");
    }

    @Test
    void crawlsASitemapTakingOnlyArticlesSinceADate() {
        IngestJob job = jobs.startCrawl(site.url("/sitemap.xml"), 10, 2, LocalDate.of(2005, 1, 1));

        JobProgress done = awaitFinished(job.getId());

        assertThat(done.status()).isEqualTo("SUCCEEDED");
        assertThat(urls(job.getId(), IngestJobUrl.Kind.ARTICLE)).containsExactly(
                site.url("/global-voices/kyrgyz-opposition-rallies-bishkek"),
                site.url("/global-voices/kazakstan-oil-town-two-authors"));
    }

    @Test
    void keepsAChangedPageAsANewVersionAndAnUnchangedOneAsARevisit() {
        String path = "/global-voices/changing-story";
        site.page(path, "text/html", page("Changing Story", "The first account of events."));
        runToEnd(jobs.submitUrls(List.of(site.url(path))));
        runToEnd(jobs.submitUrls(List.of(site.url(path))));
        site.page(path, "text/html", page("Changing Story", "The corrected account of events."));
        runToEnd(jobs.submitUrls(List.of(site.url(path))));

        Article article = articles.findByCanonicalUrl("https://iwpr.net" + path).orElseThrow();
        assertThat(article.getVersion()).isEqualTo(2);
        assertThat(article.getParagraphs()).containsExactly("The corrected account of events.");
        assertThat(versions.findByArticleIdAndVersion(article.getId(), 1).orElseThrow().getParagraphs())
                .containsExactly("The first account of events.");
        var taken = snapshots.findByArticleIdOrderByFetchedAtDescIdDesc(article.getId());
        assertThat(taken).hasSize(3);
        assertThat(taken).extracting(s -> s.isRevisit()).containsExactly(false, true, false);
    }

    @Test
    void recordsHostileAndUnreadablePagesAsErrorsAndStoresNothingOfThem() {
        site.page("/private/leak", "text/html", page("Leak", "Text."));
        site.route("/global-voices/redirected-away", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://localhost:" + site.port() + "/global-voices/x");
            exchange.sendResponseHeaders(302, -1);
        });
        site.page("/global-voices/binary", "application/octet-stream", new byte[] {0, 1, 2, 3});
        site.page("/global-voices/no-title", "text/html", "<html><body></body></html>".getBytes(StandardCharsets.UTF_8));
        site.page("/global-voices/malformed", "text/html",
                "<html><head><title>Broken Markup</title><body><p>Unclosed <b>bold <i>text<p>Second</div></span></td>".getBytes(StandardCharsets.UTF_8));
        long before = articles.count();

        JobProgress done = awaitFinished(jobs.submitUrls(List.of(site.url("/private/leak"),
                site.url("/global-voices/redirected-away"), site.url("/global-voices/binary"),
                site.url("/global-voices/no-title"), site.url("/global-voices/malformed"))).getId());

        assertThat(done.failed()).isEqualTo(4);
        assertThat(done.done()).isEqualTo(1); // malformed HTML is still read as well as it can be
        assertThat(done.errors()).extracting(IngestJobError::message).containsExactlyInAnyOrder(
                "robots.txt of 127.0.0.1 disallows " + site.url("/private/leak"),
                "the host localhost is not on the allow-list [127.0.0.1]",
                site.url("/global-voices/binary") + " is application/octet-stream, not one of [text/html, "
                        + "application/xhtml+xml, text/plain]",
                "the page has no title");
        assertThat(articles.count()).isEqualTo(before + 1);
    }

    @Test
    void refusesARequestWithAnUnfetchableAddressWhole() {
        long before = jobRepository.count();

        assertThatThrownBy(() -> jobs.submitUrls(List.of(site.url("/global-voices/nato-looks-central-asia"),
                "file:///etc/passwd", "https://example.org/x")))
                .isInstanceOf(InvalidIngestRequestException.class)
                .hasMessage("Nothing was queued: 2 of 3 addresses cannot be fetched.")
                .satisfies(e -> assertThat(((InvalidIngestRequestException) e).problems()).containsExactly(
                        "'file:///etc/passwd' is not an http or https URL",
                        "the host example.org is not on the allow-list [127.0.0.1]"));
        assertThat(jobRepository.count()).isEqualTo(before);
    }

    @Test
    void resumesAnInterruptedJobFromItsFrontier() {
        // a job that was running when the service stopped: one address done, one still pending
        long jobId = transactions.execute(status -> {
            IngestJob job = jobRepository.save(new IngestJob(IngestJobKind.URLS, "resumed", null, Instant.now()));
            job.start(Instant.now());
            IngestJobUrl finished = frontier.save(new IngestJobUrl(job.getId(),
                    site.url("/global-voices/already-done"), IngestJobUrl.Kind.ARTICLE, 0, Instant.now()));
            finished.done("CREATED", null, Instant.now());
            job.succeeded();
            frontier.save(new IngestJobUrl(job.getId(), site.url("/global-voices/nato-looks-central-asia"),
                    IngestJobUrl.Kind.ARTICLE, 0, Instant.now()));
            return job.getId();
        });

        JobProgress done = awaitFinished(jobId);

        assertThat(done.status()).isEqualTo("SUCCEEDED");
        assertThat(done.done()).isEqualTo(2);
        assertThat(site.requestsTo("/global-voices/already-done")).isEmpty();
    }

    @Test
    void fetchesAnAddressAgainConditionallyAndSkipsItWhenNotModified() {
        String path = "/global-voices/conditional-nato";
        site.route(path, exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            FixtureSite.send(exchange, 200, "text/html; charset=utf-8",
                    org.iwprarchive.ingest.fixtures.Fixtures.bytes("nato-looks-central-asia.html"));
        });
        runToEnd(jobs.submitUrls(List.of(site.url(path))));

        JobProgress again = awaitFinished(jobs.submitUrls(List.of(site.url(path))).getId());

        assertThat(again.done()).isZero();
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(frontier.findByJobIdOrderByIdAsc(again.id())).extracting(IngestJobUrl::getOutcome)
                .containsExactly("not modified since the last fetch");
        assertThat(site.requestsTo(path)).extracting(r -> r.header("If-none-match"))
                .containsExactly(null, "\"v1\"");
    }

    @Test
    void reparsesEveryArticleFromTheArchiveWithoutFetching() {
        runToEnd(jobs.submitUrls(List.of(site.url("/global-voices/nato-looks-central-asia"))));
        int requestsBefore = site.requests().size();

        JobProgress done = awaitFinished(jobs.startReparse().getId());

        assertThat(done.status()).isEqualTo("SUCCEEDED");
        assertThat(done.total()).isEqualTo(articles.count());
        assertThat(done.done()).isEqualTo(articles.count());
        assertThat(site.requests()).hasSize(requestsBefore);
    }

    @Test
    void aReparseResumedAfterARestartGoesOnFromWhereItStood() {
        runToEnd(jobs.submitUrls(List.of(site.url("/global-voices/nato-looks-central-asia"),
                site.url("/global-voices/kyrgyz-opposition-rallies-bishkek"))));
        int articlesNow = (int) articles.count();
        // as a stop leaves it: running, every article but the last one reparsed
        IngestJob interrupted = new IngestJob(IngestJobKind.REPARSE, "all articles", null, Instant.now());
        interrupted.start(Instant.now());
        interrupted.discovered(articlesNow);
        for (int i = 1; i < articlesNow; i++) {
            interrupted.succeeded();
        }
        long id = transactions.execute(status -> jobRepository.save(interrupted).getId());

        JobProgress done = awaitFinished(id);

        assertThat(done.total()).isEqualTo(articlesNow);
        assertThat(done.done()).isEqualTo(articlesNow);
        assertThat(done.pending()).isZero();
    }

    private List<String> urls(long jobId, IngestJobUrl.Kind kind) {
        return frontier.findByJobIdOrderByIdAsc(jobId).stream()
                .filter(u -> u.getKind() == kind && u.getStatus() == IngestJobUrl.Status.DONE)
                .map(IngestJobUrl::getUrl).toList();
    }

    private void runToEnd(IngestJob job) {
        assertThat(awaitFinished(job.getId()).status()).isEqualTo("SUCCEEDED");
    }

    private JobProgress awaitFinished(long jobId) {
        return JobWaiting.awaitFinished(jobs, jobId);
    }

    private static byte[] page(String title, String paragraph) {
        return ("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + paragraph
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
