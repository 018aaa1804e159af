package org.iwprarchive.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotOrigin;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.article.ArticleVersionRepository;
import org.iwprarchive.domain.article.DateSource;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobError;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.iwprarchive.ingest.archive.ArticleArchiver;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.iwprarchive.ingest.fixtures.RawWarc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of web archive files end to end, on real PostgreSQL: pages at their capture dates, revisits, what is
 * passed over, a resumed import, an earlier capture of a known article, a damaged file. The background runner
 * is off; each test runs its job in its own thread.
 */
@SpringBootTest(properties = "iwpr.ingest.run-jobs=false")
class ImportRunIT {

    private static final Instant FIRST = Instant.parse("2009-06-12T08:30:05Z");
    private static final Instant AGAIN = Instant.parse("2010-02-01T10:00:00Z");
    private static final Instant EARLIEST = Instant.parse("2008-01-15T00:00:00Z");

    @TempDir
    Path directory;

    @Autowired
    private IngestJobs jobs;

    @Autowired
    private JobWork work;

    @Autowired
    private IngestJobRepository jobRepository;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private ArticleVersionRepository versions;

    @Autowired
    private SnapshotRepository snapshots;

    @Autowired
    private ArticleArchiver archiver;

    @Autowired
    private TransactionTemplate transactions;

    /** An article page of its own for each test: the NATO fixture under another address. */
    private static String address(String name) {
        return "https://iwpr.net/global-voices/" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static byte[] page(String address) {
        return Fixtures.natoAt(address).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsTheArticlePagesOfACrawlAtTheirCaptureDatesAndCountsTheRest() {
        String nato = address("nato");
        String other = address("other");
        Path file = RawWarc.write(directory.resolve("crawl.warc.gz"), RawWarc.v10()
                .warcinfo()
                .request(nato, FIRST)
                .gzippedChunkedPage(nato, FIRST, page(nato), "\"v1\"", "Fri, 12 Jun 2009 08:00:00 GMT")
                .response("https://iwpr.net/logo.png", FIRST, 200, Map.of("Content-Type", "image/png"), new byte[8])
                .response(address("gone"), FIRST, 404, Map.of("Content-Type", "text/html"), new byte[0])
                .page("https://iwpr.net/global-voices/europe-eurasia/central-asia", FIRST,
                        Fixtures.bytes("listing-central-asia-page-0.html"))
                .page(other, FIRST, page(other))
                .revisit(nato, AGAIN, nato, FIRST)
                .revisit(address("never-seen"), AGAIN, null, null)
                .gzipPerRecord());

        JobProgress done = run(jobs.submitImport(file));

        assertThat(done.kind()).isEqualTo("IMPORT");
        assertThat(done.status()).isEqualTo("SUCCEEDED");
        assertThat(done.request()).as("the file's name, not where the service keeps it").isEqualTo("crawl.warc.gz");
        assertThat(done.total()).as("records read").isEqualTo(9);
        assertThat(done.done()).as("two pages and a revisit").isEqualTo(3);
        assertThat(done.skipped()).as("warcinfo, request, image, 404, listing, revisit of nothing held")
                .isEqualTo(6);
        assertThat(done.failed()).isZero();

        Article article = articles.findByCanonicalUrl(nato).orElseThrow();
        assertThat(article.getLastFetchedAt()).isEqualTo(AGAIN);
        List<Snapshot> kept = snapshots.findByArticleIdOrderByFetchedAtDescIdDesc(article.getId());
        assertThat(kept).extracting(Snapshot::getFetchedAt).containsExactly(AGAIN, FIRST);
        assertThat(kept).extracting(Snapshot::getOrigin).containsOnly(SnapshotOrigin.ARCHIVE);
        assertThat(kept.get(0).isRevisit()).as("the revisit keeps no second copy").isTrue();
        assertThat(kept.get(1).getEtag()).isEqualTo("\"v1\"");
        byte[] repeated = transactions.execute(s -> snapshots.findById(kept.get(0).getId()).orElseThrow().content());
        assertThat(repeated).isEqualTo(page(nato));
        assertThat(versions.findByArticleIdOrderByVersionDesc(article.getId())).hasSize(1);
        assertThat(articles.findByCanonicalUrl(other)).isPresent();
    }

    @Test
    void aFileOfSeveralBatchesIsStoredWholeAndARevisitFindsAPageOfTheBatchBeforeIt() {
        List<String> addresses = new java.util.ArrayList<>();
        RawWarc warc = RawWarc.v10();
        for (int i = 0; i < 2 * ImportRun.BATCH + 2; i++) {
            String address = address("batch-" + i);
            addresses.add(address);
            warc.page(address, FIRST.plusSeconds(i), page(address));
        }
        String repeated = addresses.get(ImportRun.BATCH + 36);
        warc.revisit(repeated, AGAIN, repeated, FIRST.plusSeconds(ImportRun.BATCH + 36));

        JobProgress done = run(jobs.submitImport(RawWarc.write(directory.resolve("many.warc.gz"),
                warc.gzipPerRecord())));

        assertThat(done.done()).isEqualTo(addresses.size() + 1);
        assertThat(done.skipped()).isZero();
        assertThat(addresses).allSatisfy(a -> assertThat(articles.findByCanonicalUrl(a)).isPresent());
        Article article = articles.findByCanonicalUrl(repeated).orElseThrow();
        assertThat(snapshots.findByArticleIdOrderByFetchedAtDescIdDesc(article.getId()))
                .extracting(Snapshot::getFetchedAt, Snapshot::isRevisit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AGAIN, true),
                        org.assertj.core.groups.Tuple.tuple(FIRST.plusSeconds(ImportRun.BATCH + 36), false));
    }

    @Test
    void aResumedImportGoesOnAfterTheRecordsItHadDealtWith() {
        List<String> addresses = List.of(address("a"), address("b"), address("c"), address("d"));
        RawWarc warc = RawWarc.v11().warcinfo();
        addresses.forEach(a -> warc.page(a, FIRST, page(a)));
        IngestJob job = jobs.submitImport(RawWarc.write(directory.resolve("four.warc"), warc.plain()));
        // as a stop after the warcinfo and the first two pages were stored would have left it
        transactions.executeWithoutResult(s -> {
            IngestJob stopped = jobRepository.findByIdForUpdate(job.getId()).orElseThrow();
            stopped.start(Instant.now());
            stopped.readUpTo(3);
        });

        JobProgress done = run(job);

        assertThat(done.total()).isEqualTo(5);
        assertThat(done.done()).isEqualTo(2);
        assertThat(articles.findByCanonicalUrl(addresses.get(0))).isEmpty();
        assertThat(articles.findByCanonicalUrl(addresses.get(1))).isEmpty();
        assertThat(articles.findByCanonicalUrl(addresses.get(2))).isPresent();
        assertThat(articles.findByCanonicalUrl(addresses.get(3))).isPresent();
        assertThat(jobRepository.findById(job.getId()).orElseThrow().getRecordsRead()).isEqualTo(5);
    }

    @Test
    void anEarlierCaptureOfAKnownArticleIsKeptWithoutTakingThePlaceOfTheNewerText() {
        String address = address("known");
        byte[] newer = new String(page(address), StandardCharsets.UTF_8)
                .replace("has led to a change in how NATO views", "has changed how NATO sees")
                .getBytes(StandardCharsets.UTF_8);
        archiver.archive(PageCapture.received(address, "text/html", newer, SnapshotOrigin.UPLOAD, Instant.now()));
        Article before = articles.findByCanonicalUrl(address).orElseThrow();
        assertThat(before.getBody()).contains("has changed how NATO sees");

        JobProgress done = run(jobs.submitImport(RawWarc.write(directory.resolve("old.warc"),
                RawWarc.v10().page(address, FIRST, page(address)).plain())));

        assertThat(done.done()).isEqualTo(1);
        Article after = articles.findByCanonicalUrl(address).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(before.getVersion());
        assertThat(after.getBody()).isEqualTo(before.getBody());
        assertThat(snapshots.findByArticleIdOrderByFetchedAtDescIdDesc(after.getId()))
                .extracting(Snapshot::getOrigin).containsExactly(SnapshotOrigin.UPLOAD, SnapshotOrigin.ARCHIVE);
    }

    @Test
    void aPageSavedFromAWaybackMachineIsArchivedAsTheCaptureItIs() {
        String address = address("saved");
        String wayback = "https://web.archive.org/web/20090612083005/" + address;
        byte[] saved = new String(page(address), StandardCharsets.UTF_8)
                .replace("<head>", "<head><script>__wm.wombat(\"" + address + "\",\"20090612083005\","
                        + "\"https://web.archive.org/\",\"web\",\"/_static/\");</script>")
                .replace("href=\"" + address, "href=\"" + wayback)
                .getBytes(StandardCharsets.UTF_8);

        var stored = archiver.archive(PageCapture.received(wayback, "text/html", saved, SnapshotOrigin.UPLOAD,
                Instant.now()));

        Article article = articles.findByCanonicalUrl(address).orElseThrow();
        assertThat(stored.articleId()).isEqualTo(article.getId());
        Snapshot snapshot = snapshots.findById(stored.snapshotId()).orElseThrow();
        assertThat(snapshot.getFetchedAt()).isEqualTo(FIRST);
        assertThat(snapshot.getOrigin()).isEqualTo(SnapshotOrigin.ARCHIVE);
        assertThat(snapshot.getRequestedUrl()).isEqualTo(wayback);
    }

    @Test
    void aDamagedFileKeepsWhatWasStoredAndEndsWithTheReason() {
        String first = address("first");
        byte[] whole = RawWarc.v10().page(first, FIRST, page(first)).page(address("lost"), FIRST, page(first))
                .gzipPerRecord();
        byte[] cut = Arrays.copyOf(whole, whole.length - 400);
        IngestJob job = jobs.submitImport(RawWarc.write(directory.resolve("cut.warc.gz"), cut));

        JobProgress done = run(job);

        assertThat(done.done()).isEqualTo(1);
        assertThat(done.failed()).isEqualTo(1);
        assertThat(done.errors()).extracting(IngestJobError::message).singleElement().asString()
                .startsWith("the file cannot be read on after 1 records: ");
        assertThat(articles.findByCanonicalUrl(first)).isPresent();
    }

    @Test
    void aFileThatIsNotAWebArchiveIsRefusedBeforeAnythingIsQueued() {
        long before = jobRepository.count();
        Path html = RawWarc.write(directory.resolve("page.html"), Fixtures.bytes("nato-looks-central-asia.html"));

        assertThatThrownBy(() -> jobs.submitImport(html))
                .isInstanceOf(InvalidIngestRequestException.class)
                .hasMessageStartingWith("Nothing was queued: page.html is not a WARC or WACZ file");
        assertThat(jobRepository.count()).isEqualTo(before);
    }

    private static byte[] undatedPage(String address) {
        return Fixtures.undatedNatoAt(address).getBytes(StandardCharsets.UTF_8);
    }

    private JobProgress importPage(String address, Instant capturedAt, byte[] page, String name) {
        return run(jobs.submitImport(RawWarc.write(directory.resolve(name),
                RawWarc.v10().page(address, capturedAt, page).gzipPerRecord())));
    }

    @Test
    void anArticleWhosePagesPrintNoDateIsDatedByItsEarliestCaptureUntilAPagePrintsOne() {
        String address = address("undated");

        importPage(address, AGAIN, undatedPage(address), "later.warc.gz");
        Article article = articles.findByCanonicalUrl(address).orElseThrow();
        assertThat(article.getPublishedOn()).isEqualTo(LocalDate.of(2010, 2, 1));
        assertThat(article.getDatedBy()).isEqualTo(DateSource.CAPTURE);

        importPage(address, FIRST, undatedPage(address), "earlier.warc.gz");
        article = articles.findByCanonicalUrl(address).orElseThrow();
        assertThat(article.getPublishedOn()).as("the earliest capture bounds it").isEqualTo(LocalDate.of(2009, 6, 12));
        assertThat(article.getDatedBy()).isEqualTo(DateSource.CAPTURE);

        importPage(address, EARLIEST, page(address), "dated.warc.gz");
        article = articles.findByCanonicalUrl(address).orElseThrow();
        assertThat(article.getPublishedOn()).as("an older capture that prints the date gives it")
                .isEqualTo(LocalDate.of(2002, 12, 6));
        assertThat(article.getDatedBy()).isEqualTo(DateSource.PAGE);

        importPage(address, Instant.parse("2001-01-01T00:00:00Z"), undatedPage(address), "oldest.warc.gz");
        article = articles.findByCanonicalUrl(address).orElseThrow();
        assertThat(article.getPublishedOn()).as("a capture never overrules a printed date")
                .isEqualTo(LocalDate.of(2002, 12, 6));
        assertThat(article.getDatedBy()).isEqualTo(DateSource.PAGE);
    }

    @Test
    void aPageSentByAClientThatPrintsNoDateStaysUndated() {
        String address = address("sent-undated");
        archiver.archive(PageCapture.received(address, "text/html", undatedPage(address), SnapshotOrigin.UPLOAD,
                AGAIN));

        Article article = articles.findByCanonicalUrl(address).orElseThrow();
        assertThat(article.getPublishedOn()).as("a fetch or upload says nothing of when it was published").isNull();
        assertThat(article.getDatedBy()).isNull();
    }

    private JobProgress run(IngestJob job) {
        work.run(job.getId());
        return jobs.progress(job.getId()).orElseThrow();
    }
}
