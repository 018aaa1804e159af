package org.iwprarchive.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Fetching against a real local HTTP server; the allow-list and address policy are opened for it explicitly. */
class PageFetcherTests {

    private static final byte[] PAGE = "<html><head><title>T</title></head><body><p>Text.</p></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    private final FixtureSite site = FixtureSite.iwpr();
    private final PageFetcher fetcher = new PageFetcher(local(Duration.ZERO));

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void fetchesAPageAndSendsItsUserAgent() {
        FetchedPage page = fetcher.fetchPage(site.url("/global-voices/nato-looks-central-asia"), Validators.NONE);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(page.content(), StandardCharsets.UTF_8)).contains("NATO Looks to Central Asia");
        assertThat(site.requestsTo("/global-voices/nato-looks-central-asia").get(0).header("User-agent"))
                .isEqualTo("IWPR-Archive-Test/1.0");
    }

    @Test
    void undoesGzip() {
        site.route("/gz", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            FixtureSite.send(exchange, 200, "text/html", FixtureSite.gzip(PAGE));
        });

        FetchedPage page = fetcher.fetchPage(site.url("/gz"), Validators.NONE);

        assertThat(page.content()).isEqualTo(PAGE);
        assertThat(page.contentEncoding()).isEqualTo("gzip");
        assertThat(site.requestsTo("/gz").get(0).header("Accept-encoding")).isEqualTo("gzip");
    }

    @Test
    void sendsValidatorsAndReportsNotModified() {
        site.route("/etag", exchange -> {
            if ("\"v7\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v7\"");
            exchange.getResponseHeaders().set("Last-Modified", "Mon, 21 Feb 2005 10:00:00 GMT");
            FixtureSite.send(exchange, 200, "text/html", PAGE);
        });

        FetchedPage first = fetcher.fetchPage(site.url("/etag"), Validators.NONE);
        FetchedPage second = fetcher.fetchPage(site.url("/etag"), new Validators(first.etag(), first.lastModified()));

        assertThat(first.etag()).isEqualTo("\"v7\"");
        assertThat(first.lastModified()).isEqualTo("Mon, 21 Feb 2005 10:00:00 GMT");
        assertThat(second.notModified()).isTrue();
        assertThat(site.requestsTo("/etag").get(1).header("If-modified-since")).isEqualTo("Mon, 21 Feb 2005 10:00:00 GMT");
    }

    @Test
    void retriesA503AndA429HonouringRetryAfter() {
        AtomicInteger calls = new AtomicInteger();
        site.route("/flaky", exchange -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                exchange.getResponseHeaders().set("Retry-After", "0");
                FixtureSite.send(exchange, 503, "text/plain", new byte[0]);
            } else if (call == 2) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                FixtureSite.send(exchange, 429, "text/plain", new byte[0]);
            } else {
                FixtureSite.send(exchange, 200, "text/html", PAGE);
            }
        });
        PageFetcher patient = new PageFetcher(withBackoff(local(Duration.ZERO), Duration.ofSeconds(2)));

        FetchedPage page = patient.fetchPage(site.url("/flaky"), Validators.NONE);

        assertThat(page.status()).isEqualTo(200);
        List<FixtureSite.Request> tries = site.requestsTo("/flaky");
        assertThat(tries).hasSize(3);
        // the 429 asked for one second; the retry came no sooner
        assertThat(Duration.ofNanos(tries.get(2).atNanos() - tries.get(1).atNanos())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void givesUpAfterTheLastTry() {
        site.route("/down", exchange -> FixtureSite.send(exchange, 502, "text/plain", new byte[0]));

        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/down"), Validators.NONE))
                .isInstanceOf(FetchFailedException.class).hasMessageEndingWith("after 3 tries");
        assertThat(site.requestsTo("/down")).hasSize(3);
    }

    @Test
    void spacesRequestsToOneHostByThePolitenessDelay() {
        PageFetcher polite = new PageFetcher(local(Duration.ofMillis(400)));

        polite.fetchPage(site.url("/global-voices/nato-looks-central-asia"), Validators.NONE);
        polite.fetchPage(site.url("/global-voices/kyrgyz-opposition-rallies-bishkek"), Validators.NONE);

        long first = site.requestsTo("/global-voices/nato-looks-central-asia").get(0).atNanos();
        long second = site.requestsTo("/global-voices/kyrgyz-opposition-rallies-bishkek").get(0).atNanos();
        // the delay counts from the end of the first request, so the host sees no less, however slow the first was
        assertThat(Duration.ofNanos(second - first)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void waitsThePolitenessDelayAfterASlowAnswerEnds() throws Exception {
        site.route("/slow", exchange -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureSite.send(exchange, 200, "text/html", PAGE);
        });
        PageFetcher polite = new PageFetcher(local(Duration.ofMillis(400)));

        // two workers at once: the second waits for the first to end, then for the delay
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = workers.submit(() -> polite.fetchPage(site.url("/slow"), Validators.NONE));
            Thread.sleep(50);
            Future<?> next = workers.submit(() -> polite.fetchPage(site.url("/global-voices/nato-looks-central-asia"),
                    Validators.NONE));
            slow.get(10, TimeUnit.SECONDS);
            next.get(10, TimeUnit.SECONDS);
        } finally {
            workers.shutdownNow();
        }

        long first = site.requestsTo("/slow").get(0).atNanos();
        long second = site.requestsTo("/global-voices/nato-looks-central-asia").get(0).atNanos();
        assertThat(Duration.ofNanos(second - first)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void obeysRobotsTxt() {
        site.page("/private/memo", "text/html", PAGE);

        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/private/memo"), Validators.NONE))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("robots.txt")
                .hasMessageContaining("disallows");
        assertThat(site.requestsTo("/private/memo")).isEmpty();
    }

    @Test
    void followsRedirectsOnTheSiteButRefusesOnesThatLeaveIt() {
        site.route("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/global-voices/nato-looks-central-asia");
            exchange.sendResponseHeaders(301, -1);
        });
        site.route("/to-metadata", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
            exchange.sendResponseHeaders(302, -1);
        });
        site.route("/to-localhost", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://localhost:" + site.port() + "/global-voices/x");
            exchange.sendResponseHeaders(302, -1);
        });
        site.route("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            exchange.sendResponseHeaders(302, -1);
        });

        FetchedPage moved = fetcher.fetchPage(site.url("/old"), Validators.NONE);
        assertThat(moved.finalUrl()).isEqualTo(site.url("/global-voices/nato-looks-central-asia"));
        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/to-metadata"), Validators.NONE))
                .isInstanceOf(FetchRefusedException.class).hasMessageStartingWith("the host 169.254.169.254 is not on the allow-list");
        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/to-localhost"), Validators.NONE))
                .isInstanceOf(FetchRefusedException.class).hasMessageStartingWith("the host localhost is not on the allow-list");
        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/loop"), Validators.NONE))
                .isInstanceOf(FetchFailedException.class).hasMessageStartingWith("more than 3 redirects");
    }

    @Test
    void refusesPagesThatAreNotTextOrTooLarge() {
        site.page("/photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        site.page("/huge", "text/html", new byte[70 * 1024]);
        site.route("/huge-unannounced", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (var out = exchange.getResponseBody()) {
                out.write(new byte[70 * 1024]);
            }
        });

        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/photo.png"), Validators.NONE))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("is image/png");
        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/huge"), Validators.NONE))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("is larger than");
        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/huge-unannounced"), Validators.NONE))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("is larger than");
    }

    @Test
    void givesUpOnABodyThatStopsComingWithinTheReadTimeout() {
        site.route("/stalled", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 4096);
            try (var out = exchange.getResponseBody()) {
                out.write(new byte[100]);
                out.flush();
                Thread.sleep(3_000); // the rest does not come before the client gives up at 2 s
            } catch (InterruptedException | java.io.IOException e) {
                // the server is closing, or the client went away
            }
        });
        long start = System.nanoTime();

        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/stalled"), Validators.NONE))
                .isInstanceOf(FetchFailedException.class).hasMessageStartingWith("no answer from")
                .hasMessageEndingWith("within 2 s");
        // the read timeout is 2 s and a timeout is not retried: one attempt, not three
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(6));
        assertThat(site.requestsTo("/stalled")).hasSize(1);
    }

    @Test
    void startsNoThreadPerFetch() {
        fetcher.fetchPage(site.url("/global-voices/nato-looks-central-asia"), Validators.NONE);
        long started = java.lang.management.ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();

        for (int i = 0; i < 20; i++) {
            fetcher.fetchPage(site.url("/global-voices/nato-looks-central-asia"), Validators.NONE);
        }

        // the client's pool and the page server's threads exist after the first fetch; 20 more need no new one
        assertThat(java.lang.management.ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - started)
                .isLessThan(5);
    }

    @Test
    void reportsAMissingPageAsAFailure() {
        assertThatThrownBy(() -> fetcher.fetchPage(site.url("/global-voices/gone"), Validators.NONE))
                .isInstanceOf(FetchFailedException.class).hasMessageStartingWith("HTTP 404 from");
    }

    private static FetchProperties local(Duration delay) {
        return new FetchProperties("IWPR-Archive-Test/1.0", List.of("127.0.0.1:*"), true, delay, Duration.ofSeconds(2),
                Duration.ofSeconds(2), DataSize.ofKilobytes(64), 3, 3, Duration.ofMillis(10), Duration.ofMillis(200),
                true);
    }

    private static FetchProperties withBackoff(FetchProperties p, Duration maxBackoff) {
        return new FetchProperties(p.userAgent(), p.allowedHosts(), p.allowPrivateAddresses(), p.politenessDelay(),
                p.connectTimeout(), p.readTimeout(), p.maxBodySize(), p.maxRedirects(), p.maxAttempts(),
                p.initialBackoff(), maxBackoff, p.respectRobotsTxt());
    }
}
