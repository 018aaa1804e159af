package org.iwprarchive.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import org.iwprarchive.domain.archive.Snapshot;
import org.iwprarchive.domain.archive.SnapshotRepository;
import org.iwprarchive.domain.article.ArticleRepository;
import org.iwprarchive.domain.job.IngestJobError;
import org.iwprarchive.domain.job.IngestJobUrl;
import org.iwprarchive.domain.job.IngestJobUrlRepository;
import org.iwprarchive.ingest.archive.ArticleArchiver;
import org.iwprarchive.ingest.archive.ReadPage;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job's pages are stored together, and a page that cannot be stored fails alone: the others of its batch
 * are stored one by one and nothing of the failed page is left (the archiver is made to refuse every write that
 * holds one chosen page). Identical pages in one batch are kept once, as in separate ones. One worker and a long
 * wait put all pages of a job into one batch.
 */
@SpringBootTest(properties = {"iwpr.ingest.workers=1", "iwpr.ingest.store-batch=16", "iwpr.ingest.store-within=1m"})
class BatchedStoreIT {

    private static final FixtureSite site = FixtureSite.iwpr();
    private static final String REFUSED = "/global-voices/nato-looks-central-asia";

    @Autowired
    private IngestJobs jobs;

    @Autowired
    private IngestJobUrlRepository frontier;

    @Autowired
    private ArticleRepository articles;

    @Autowired
    private SnapshotRepository snapshots;

    @Autowired
    private TransactionTemplate transactions;

    @MockitoSpyBean
    private ArticleArchiver archiver;

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void storesTheReadPagesOfAWorkerTogetherAndAPageThatCannotBeStoredAlone() {
        doAnswer(call -> {
            List<ReadPage> pages = call.getArgument(0);
            if (pages.stream().anyMatch(page -> page.capture().requestedUrl().endsWith(REFUSED))) {
                throw new DataIntegrityViolationException("refused for the test");
            }
            return call.callRealMethod();
        }).when(archiver).storeAll(any(), any());
        List<String> urls = List.of(site.url("/global-voices/kazakstan-oil-town-two-authors"), site.url(REFUSED),
                site.url("/global-voices/kyrgyz-opposition-rallies-bishkek"));

        JobProgress done = awaitFinished(jobs.submitUrls(urls).getId());

        // one batch of three, then each page alone
        verify(archiver, times(1)).storeAll(argThat(pages -> pages.size() == 3), any());
        verify(archiver, times(3)).storeAll(argThat(pages -> pages.size() == 1), any());
        assertThat(done.status()).isEqualTo("SUCCEEDED");
        assertThat(done.done()).isEqualTo(2);
        assertThat(done.failed()).isEqualTo(1);
        assertThat(done.errors()).extracting(IngestJobError::url, IngestJobError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(site.url(REFUSED),
                        "could not be stored: refused for the test"));
        assertThat(frontier.findByJobIdOrderByIdAsc(done.id())).extracting(IngestJobUrl::getStatus).containsExactly(
                IngestJobUrl.Status.DONE, IngestJobUrl.Status.FAILED, IngestJobUrl.Status.DONE);
        assertThat(articles.findByCanonicalUrl("https://iwpr.net/global-voices/kazakstan-oil-town-two-authors"))
                .isPresent();
        assertThat(articles.findByCanonicalUrl("https://iwpr.net/global-voices/kyrgyz-opposition-rallies-bishkek"))
                .isPresent();
        assertThat(articles.findByCanonicalUrl("https://iwpr.net" + REFUSED)).isEmpty();
        assertThat(snapshots.findLatestValidators(new String[] {site.url(REFUSED)})).isEmpty();
    }

    @Test
    void twoAddressesServingTheSameBytesInOneBatchKeepOneCopyAndARevisit() {
        // a page of its own (its canonical address changed), served at two addresses
        byte[] page = new String(org.iwprarchive.ingest.fixtures.Fixtures.bytes("kazakstan-oil-town-two-authors.html"),
                java.nio.charset.StandardCharsets.UTF_8).replace("kazakstan-oil-town-two-authors", "oil-town-mirrored")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        site.page("/global-voices/oil-town-mirrored", "text/html; charset=utf-8", page);
        site.page("/mirror/oil-town", "text/html; charset=utf-8", page);

        JobProgress done = awaitFinished(jobs.submitUrls(List.of(site.url("/global-voices/oil-town-mirrored"),
                site.url("/mirror/oil-town"))).getId());

        verify(archiver, times(1)).storeAll(argThat(pages -> pages.size() == 2), any());
        // stored as one batch: never one by one after a failure
        verify(archiver, never()).storeAll(argThat(pages -> pages.size() == 1), any());
        assertThat(done.done()).isEqualTo(2);
        long articleId = articles.findByCanonicalUrl("https://iwpr.net/global-voices/oil-town-mirrored")
                .orElseThrow().getId();
        List<Snapshot> kept = transactions.execute(status -> {
            List<Snapshot> all = snapshots.findByArticleIdOrderByFetchedAtDescIdDesc(articleId);
            all.forEach(snapshot -> org.hibernate.Hibernate.initialize(snapshot.getRevisitOf()));
            return all;
        });
        assertThat(kept).hasSize(2);
        Snapshot original = kept.stream().filter(snapshot -> !snapshot.isRevisit()).findFirst().orElseThrow();
        Snapshot revisit = kept.stream().filter(Snapshot::isRevisit).findFirst().orElseThrow();
        assertThat(original.getRequestedUrl()).isEqualTo(site.url("/global-voices/oil-town-mirrored"));
        assertThat(revisit.getRequestedUrl()).isEqualTo(site.url("/mirror/oil-town"));
        assertThat(revisit.getRevisitOf().getId()).isEqualTo(original.getId());
    }

    private JobProgress awaitFinished(long jobId) {
        return JobWaiting.awaitFinished(jobs, jobId);
    }
}
