package org.iwprarchive.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iwprarchive.domain.job.IngestJobUrl;
import org.iwprarchive.domain.job.IngestJobUrlRepository;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.iwprarchive.ingest.fixtures.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A job interrupted in the middle (the service stopping) keeps what its workers had read, leaves the addresses
 * it had not finished pending rather than failed, and finishes them when it runs again. The background runner is
 * off here; the test runs the job itself and interrupts it while a slow page is being fetched.
 */
@SpringBootTest(properties = {"iwpr.ingest.run-jobs=false", "iwpr.ingest.workers=1",
        "iwpr.ingest.store-batch=16", "iwpr.ingest.store-within=1m"})
class PausedJobIT {

    private static final String SLOW = "/global-voices/slow-page";
    private static final FixtureSite site = FixtureSite.iwpr();

    @Autowired
    private IngestJobs jobs;

    @Autowired
    private JobWork work;

    @Autowired
    private IngestJobUrlRepository frontier;

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void aPausedJobStoresWhatItReadAndResumesTheRest() throws Exception {
        site.route(SLOW, exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureSite.send(exchange, 200, "text/html; charset=utf-8", Fixtures.bytes("nato-looks-central-asia.html"));
        });
        long jobId = jobs.submitUrls(List.of(site.url("/global-voices/kazakstan-oil-town-two-authors"),
                site.url("/global-voices/kyrgyz-opposition-rallies-bishkek"), site.url(SLOW),
                site.url("/global-voices/nato-looks-central-asia"))).getId();

        Thread runner = new Thread(() -> work.run(jobId));
        runner.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (site.requestsTo(SLOW).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        runner.interrupt();
        runner.join(30_000);

        assertThat(runner.isAlive()).isFalse();
        assertThat(frontier.findByJobIdOrderByIdAsc(jobId)).extracting(IngestJobUrl::getStatus).containsExactly(
                IngestJobUrl.Status.DONE, IngestJobUrl.Status.DONE, IngestJobUrl.Status.PENDING,
                IngestJobUrl.Status.PENDING);
        JobProgress paused = jobs.progress(jobId).orElseThrow();
        assertThat(paused.finishedAt()).isNull();
        assertThat(paused.done()).isEqualTo(2);
        assertThat(paused.failed()).isZero();
        assertThat(paused.errors()).isEmpty();

        work.run(jobId);

        JobProgress resumed = jobs.progress(jobId).orElseThrow();
        assertThat(resumed.status()).isEqualTo("SUCCEEDED");
        assertThat(resumed.done()).isEqualTo(4);
        assertThat(frontier.findByJobIdOrderByIdAsc(jobId)).extracting(IngestJobUrl::getStatus)
                .containsOnly(IngestJobUrl.Status.DONE);
    }
}
