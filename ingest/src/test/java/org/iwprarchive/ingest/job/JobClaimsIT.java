package org.iwprarchive.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.iwprarchive.ingest.fixtures.FixtureSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs shared by several instances on one PostgreSQL: each claim goes to one instance, a live instance's claim
 * holds, and a claim its instance stopped renewing (it died) is taken over, the job finished by the instance that
 * took it. The other instances are {@link JobClaims} under names of their own; this context's own runner works with
 * a two-second lease.
 */
@SpringBootTest(properties = {"iwpr.test.context=job-claims", "iwpr.ingest.claim-lease=2s",
        "iwpr.ingest.instance-id=instance-here"})
@DirtiesContext
class JobClaimsIT {

    private static final FixtureSite site = FixtureSite.iwpr();

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private IngestJobs jobs;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private EntityManager entityManager;

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @BeforeEach
    void noOpenJobs() {
        jdbc.update("update ingest_job set status = 'SUCCEEDED', finished_at = now() "
                + "where status in ('QUEUED', 'RUNNING')");
    }

    @Test
    void aLiveClaimHoldsAndAnUnrenewedOneIsTakenOver() {
        long first = openJob();
        long second = openJob();
        JobClaims a = new JobClaims(jdbc, "instance-a", Duration.ofMinutes(1));
        JobClaims b = new JobClaims(jdbc, "instance-b", Duration.ofMinutes(1));

        assertThat(a.claimNext()).contains(first);
        assertThat(b.claimNext()).as("the first is a's").contains(second);
        assertThat(a.claimNext()).as("an instance keeps its own").contains(first);
        assertThat(a.renew(first)).isTrue();

        // a stops renewing: its claim ages past the lease
        jdbc.update("update ingest_job set heartbeat_at = now() - interval '2 minutes' where id = ?", first);
        assertThat(b.claimNext()).contains(first);
        assertThat(a.renew(first)).as("a learns it lost the job").isFalse();

        b.release(first);
        assertThat(a.claimNext()).as("released: open at once").contains(first);
    }

    @Test
    void twoInstancesClaimingAtOnceNeverGetTheSameJob() throws Exception {
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            open.add(openJob());
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String name : List.of("instance-a", "instance-b")) {
                JobClaims claims = new JobClaims(jdbc, name, Duration.ofMinutes(1));
                done.add(instances.submit((Callable<Void>) () -> {
                    for (Optional<Long> job = claims.claimNext(); job.isPresent(); job = claims.claimNext()) {
                        claimed.add(job.get());
                        // worked on and finished, so the next claim is another job
                        jdbc.update("update ingest_job set status = 'SUCCEEDED' where id = ?", job.get());
                    }
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            instances.shutdown();
        }
        assertThat(claimed).containsExactlyInAnyOrderElementsOf(open).doesNotHaveDuplicates();
    }

    @Test
    void aJobWhoseInstanceDiedIsFinishedByAnother() {
        // a job a dead instance had claimed and started: its claim is never renewed
        long jobId = transactions.execute(status -> {
            long id = jobs.submitUrls(List.of(site.url("/global-voices/nato-looks-central-asia"))).getId();
            entityManager.flush();
            jdbc.update("update ingest_job set status = 'RUNNING', claimed_by = 'instance-gone', heartbeat_at = now() "
                    + "where id = ?", id);
            return id;
        });

        JobProgress finished = JobWaiting.awaitFinished(jobs, jobId);

        assertThat(finished.status()).isEqualTo("SUCCEEDED");
        assertThat(finished.done()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select claimed_by from ingest_job where id = ?", String.class, jobId))
                .isEqualTo("instance-here");
    }

    private long openJob() {
        return jdbc.queryForObject("insert into ingest_job (kind, status, request, created_at) "
                + "values ('URLS', 'QUEUED', '{}', now()) returning id", Long.class);
    }
}
