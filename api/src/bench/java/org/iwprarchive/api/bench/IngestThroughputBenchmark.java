package org.iwprarchive.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.iwprarchive.ingest.job.IngestJobs;
import org.iwprarchive.ingest.job.JobProgress;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.ArticleSearchService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * End-to-end ingest throughput: 1,000 distinct pages fetched from a local server (politeness delay 0),
 * parsed, stored in PostgreSQL and indexed, after warm-up jobs of 20,000 other pages ({@code -Dbench.warmup-pages},
 * 0 measures a cold service): on 2 cores the JIT compiler takes tens of seconds of running to compile the hot
 * code of a service of this size, and each warm-up job's line shows the rate climbing as it does. Not part of the test run; run it with
 * {@code ./mvnw -q -pl api -am verify -Dit.test=IngestThroughputBenchmark -Dsurefire.skip=true -Dfailsafe.failIfNoSpecifiedTests=false}
 * (see docs/benchmarks.md) and read the figures it prints.
 */
@SpringBootTest(properties = {
        "iwpr.example-data.enabled=false",
        "iwpr.fetch.allowed-hosts=127.0.0.1:*",
        "iwpr.fetch.allow-private-addresses=true",
        "iwpr.fetch.politeness-delay=0s",
        "iwpr.fetch.respect-robots-txt=true"})
class IngestThroughputBenchmark {

    private static final int PAGES = 1_000;
    /** Distinct pages ingested first, so that the measured job runs on compiled code (-Dbench.warmup-pages). */
    private static final int WARM_UP_PAGES = Integer.getInteger("bench.warmup-pages", 20_000);
    private static final String[] WORDS = ("security drugs border water election protest court refugees journalists "
            + "parliament reform oil gas pipeline farmers cotton migration corruption police prison army president "
            + "opposition ministry region village capital university students teachers doctors hospital").split(" ");
    private static final String[] FUNCTION_WORDS = "the of and to in a for on with by at from".split(" ");

    @Autowired
    private IngestJobs jobs;

    @Autowired
    private ArticleSearchService search;

    @Test
    void ingestsAThousandLocalPages() throws Exception {
        try (FixtureSite site = FixtureSite.iwpr()) {
            String template = new String(Fixtures.bytes("nato-looks-central-asia.html"), StandardCharsets.UTF_8);
            Random random = new Random(7);
            List<String> warmUrls = new ArrayList<>();
            for (int i = 0; i < WARM_UP_PAGES; i++) {
                String slug = "warm-up-article-" + i;
                site.page("/global-voices/" + slug, "text/html; charset=utf-8",
                        variant(template, slug, PAGES + i, random).getBytes(StandardCharsets.UTF_8));
                warmUrls.add(site.url("/global-voices/" + slug));
            }
            List<String> urls = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < PAGES; i++) {
                String slug = "bench-article-" + i;
                byte[] page = variant(template, slug, i, random).getBytes(StandardCharsets.UTF_8);
                bytes += page.length;
                site.page("/global-voices/" + slug, "text/html; charset=utf-8", page);
                urls.add(site.url("/global-voices/" + slug));
            }
            // in jobs of at most 1,000 addresses, as the service takes them; each job's rate and the JIT
            // compiler's share of its CPU show how far the service is from its steady state
            for (int from = 0; from < warmUrls.size(); from += PAGES) {
                List<String> part = warmUrls.subList(from, Math.min(warmUrls.size(), from + PAGES));
                CpuAccount cpu = new CpuAccount(IngestThroughputBenchmark::threadGroup);
                long warmStart = System.nanoTime();
                assertThat(awaitFinished(jobs.submitUrls(part).getId(), cpu).done()).isEqualTo(part.size());
                double warmSeconds = (System.nanoTime() - warmStart) / 1e9;
                Map<String, Double> spent = cpu.seconds();
                System.out.printf("ingest: warm-up pages %d-%d: %.0f pages/s, %.1f ms of CPU a page, of it JIT compiler"
                                + " %.1f (JVM up %.0f s)%n",
                        from + 1, from + part.size(), part.size() / warmSeconds,
                        CpuAccount.total(spent) * 1000 / part.size(),
                        spent.getOrDefault("JIT compiler", 0.0) * 1000 / part.size(),
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
            }

            // -Dbench.jfr=file.jfr records a profile of the measured part
            Profiling.warnIfAssertionsOn("ingest: ");
            Profiling profiling = Profiling.startIfAsked();
            CpuAccount cpu = new CpuAccount(IngestThroughputBenchmark::threadGroup);
            long started = System.nanoTime();
            long jobId = jobs.submitUrls(urls).getId();
            JobProgress done = awaitFinished(jobId, cpu);
            double seconds = (System.nanoTime() - started) / 1e9;
            profiling.close();

            assertThat(done.done()).isEqualTo(PAGES);
            assertThat(search.search(ArticleQuery.text("\"Bench story 999\"", 0, 1)).total()).isEqualTo(1);
            System.out.printf("ingest: %d pages (%.1f KB average) fetched, parsed, stored and indexed in %.2f s = %.0f pages/s"
                    + " (job rate %.1f/s)%n", PAGES, bytes / 1024.0 / PAGES, seconds, PAGES / seconds, done.ratePerSecond());
            cpu.print("ingest: ", cpu.seconds(), PAGES, "page");
        }
    }

    static String variant(String template, String slug, int i, Random random) {
        // prose as English has it, a function word before each drawn word ("the border of the election ..."): a
        // page of drawn nouns alone reads as no language at all and sent every page through the n-gram models,
        // which English pages skip
        StringBuilder paragraph = new StringBuilder();
        for (int w = 0; w < 60; w++) {
            paragraph.append(FUNCTION_WORDS[random.nextInt(FUNCTION_WORDS.length)]).append(' ')
                    .append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        return template
                .replace("https://iwpr.net/global-voices/nato-looks-central-asia", "https://iwpr.net/global-voices/" + slug)
                .replace("NATO Looks to Central Asia", "Bench story " + i)
                .replace("<p>The ongoing", "<p>" + paragraph + "</p><p>The ongoing");
    }

    /** Where the CPU of the measured job goes, by the names the service and the test give their threads. */
    private static String threadGroup(String thread) {
        if (thread.startsWith("ingest-job")) {
            return "job workers (fetch, parse, quotes, store)";
        }
        if (thread.startsWith("Hibernate Search") && thread.contains("Merge")) {
            return "Lucene merges";
        }
        if (thread.startsWith("Hibernate Search")) {
            return "Hibernate Search index writer";
        }
        if (thread.startsWith("HTTP-Dispatcher") || thread.startsWith("fixture")) {
            return "local page server";
        }
        if (thread.startsWith("HttpClient")) {
            return "HTTP client threads";
        }
        return thread.replaceAll("\\d+", "#");
    }

    private JobProgress awaitFinished(long jobId, CpuAccount cpu) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (cpu != null) {
                cpu.sample();
            }
            JobProgress progress = jobs.progress(jobId).orElseThrow();
            if (progress.finishedAt() != null) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the benchmark job did not finish in 10 minutes");
    }
}
