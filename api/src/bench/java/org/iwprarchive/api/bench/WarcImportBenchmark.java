package org.iwprarchive.api.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.iwprarchive.ingest.job.IngestJobs;
import org.iwprarchive.ingest.job.JobProgress;
import org.iwprarchive.search.query.ArticleQuery;
import org.iwprarchive.search.query.ArticleSearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bulk path end to end: a crawler's WARC file ({@code .warc.gz}, a request and a response record a page) of
 * {@code -Dbench.pages} distinct article pages (default 100,000) imported as one job, read, parsed, stored in
 * PostgreSQL and indexed, after a warm-up import of {@code -Dbench.warmup-pages} (default 5,000) others. Not part
 * of the test run; see docs/benchmarks.md for the command. {@code -Dbench.statements=true} also counts what the
 * measured import asked of PostgreSQL through Hibernate, a page (which costs a little throughput).
 */
@SpringBootTest(properties = {"iwpr.example-data.enabled=false", "iwpr.ingest.run-jobs=false"})
class WarcImportBenchmark {

    private static final int PAGES = Integer.getInteger("bench.pages", 100_000);
    private static final int WARM_UP_PAGES = Integer.getInteger("bench.warmup-pages", 5_000);

    private static final boolean COUNT_STATEMENTS = Boolean.getBoolean("bench.statements");

    @TempDir
    Path directory;

    @Autowired
    private EntityManagerFactory persistence;

    @DynamicPropertySource
    static void statements(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.generate_statistics", () -> COUNT_STATEMENTS);
    }

    @Autowired
    private IngestJobs jobs;

    @Autowired
    private ArticleSearchService search;

    @Test
    void importsACrawlersWarcFile() throws Exception {
        String template = new String(Fixtures.bytes("nato-looks-central-asia.html"), StandardCharsets.UTF_8);
        Random random = new Random(11);
        Path warmUp = write(directory.resolve("warm-up.warc.gz"), template, "warm-up-", PAGES, WARM_UP_PAGES, random);
        long writeStart = System.nanoTime();
        Path measured = write(directory.resolve("crawl.warc.gz"), template, "import-", 0, PAGES, random);
        System.out.printf("import-bench: wrote %d pages (%d records, %.1f MB gzipped) in %.1f s%n", PAGES, 2 * PAGES,
                Files.size(measured) / 1e6, (System.nanoTime() - writeStart) / 1e9);

        if (WARM_UP_PAGES > 0) {
            long warmStart = System.nanoTime();
            JobProgress warm = run(warmUp, null);
            System.out.printf("import-bench: warm-up import of %d pages at %.0f pages/s%n", warm.done(),
                    warm.done() / ((System.nanoTime() - warmStart) / 1e9));
        }
        Profiling.warnIfAssertionsOn("import-bench: ");
        Profiling profiling = Profiling.startIfAsked();
        CpuAccount cpu = new CpuAccount(WarcImportBenchmark::threadGroup);
        Statistics statements = persistence.unwrap(SessionFactory.class).getStatistics();
        statements.clear();
        long started = System.nanoTime();
        JobProgress done = run(measured, cpu);
        double seconds = (System.nanoTime() - started) / 1e9;
        profiling.close();

        assertThat(done.done()).isEqualTo(PAGES);
        assertThat(done.skipped()).as("the request records").isEqualTo(PAGES);
        assertThat(search.search(ArticleQuery.text("\"Bench story " + (PAGES - 1) + "\"", 0, 1)).total())
                .isEqualTo(1);
        System.out.printf("import-bench: %d pages (%d records, %.1f MB) imported, parsed, stored and indexed in "
                        + "%.1f s = %.0f pages/s, heap max %d MB%n", PAGES, 2 * PAGES, Files.size(measured) / 1e6,
                seconds, PAGES / seconds, Runtime.getRuntime().maxMemory() >> 20);
        cpu.print("import-bench: ", cpu.seconds(), PAGES, "page");
        if (COUNT_STATEMENTS) {
            printStatements(statements);
        }
    }

    /** What the measured import asked of PostgreSQL through Hibernate, a page. */
    private static void printStatements(Statistics s) {
        double pages = PAGES;
        System.out.printf("import-bench: a page: %.2f statements prepared, %.2f transactions, %.2f flushes, %.2f "
                        + "queries, %.2f entities loaded, %.2f fetched, %.2f inserted, %.2f updated, %.2f deleted, "
                        + "%.2f collections updated, %.2f recreated, %.2f removed%n",
                s.getPrepareStatementCount() / pages, s.getTransactionCount() / pages, s.getFlushCount() / pages,
                s.getQueryExecutionCount() / pages, s.getEntityLoadCount() / pages, s.getEntityFetchCount() / pages,
                s.getEntityInsertCount() / pages, s.getEntityUpdateCount() / pages, s.getEntityDeleteCount() / pages,
                s.getCollectionUpdateCount() / pages, s.getCollectionRecreateCount() / pages,
                s.getCollectionRemoveCount() / pages);
        for (String query : s.getQueries()) {
            long count = s.getQueryStatistics(query).getExecutionCount();
            if (count > 0) {
                System.out.printf("import-bench:   %.2f a page: %s%n", count / pages,
                        query.length() > 140 ? query.substring(0, 140) + "..." : query);
            }
        }
        for (String entity : s.getEntityNames()) {
            var e = s.getEntityStatistics(entity);
            if (e.getInsertCount() + e.getUpdateCount() + e.getDeleteCount() + e.getLoadCount() > 0) {
                System.out.printf("import-bench:   %s: %.2f inserted, %.2f updated, %.2f deleted, %.2f loaded a page%n",
                        entity.substring(entity.lastIndexOf('.') + 1), e.getInsertCount() / pages,
                        e.getUpdateCount() / pages, e.getDeleteCount() / pages, e.getLoadCount() / pages);
            }
        }
    }

    /** Runs an import job in this thread, sampling the CPU meanwhile. */
    private JobProgress run(Path file, CpuAccount cpu) throws Exception {
        long jobId = jobs.submitImport(file).getId();
        CpuAccount.sampling(cpu, () -> jobs.runInThisThread(jobId));
        return jobs.progress(jobId).orElseThrow();
    }

    /** A crawler's file: for each page a request record and a response record, each gzipped on its own. */
    private static Path write(Path file, String template, String prefix, int first, int count, Random random)
            throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            Instant at = Instant.parse("2012-01-01T00:00:00Z");
            for (int i = 0; i < count; i++) {
                String slug = prefix + "article-" + i;
                URI target = URI.create("https://iwpr.net/global-voices/" + slug);
                byte[] page = IngestThroughputBenchmark.variant(template, slug, first + i, random)
                        .getBytes(StandardCharsets.UTF_8);
                Instant captured = at.plusSeconds(i * 7L);
                writer.write(new WarcRequest.Builder(target).date(captured)
                        .body(new HttpRequest.Builder("GET", target.getRawPath()).addHeader("Host", "iwpr.net").build())
                        .build());
                writer.write(new WarcResponse.Builder(target).date(captured)
                        .body(new HttpResponse.Builder(200, "OK")
                                .body(MediaType.HTML_UTF8, page).build())
                        .build());
            }
        }
        return file;
    }

    private static String threadGroup(String thread) {
        if (thread.startsWith("ingest-job")) {
            return "readers (parse, quotes)";
        }
        if (thread.startsWith("Hibernate Search") && thread.contains("Merge")) {
            return "Lucene merges";
        }
        if (thread.startsWith("Hibernate Search")) {
            return "Hibernate Search index writer";
        }
        if (thread.equals("main") || thread.startsWith("Test worker")) {
            return "import thread (read file, store)";
        }
        return thread.replaceAll("\\d+", "#");
    }
}
