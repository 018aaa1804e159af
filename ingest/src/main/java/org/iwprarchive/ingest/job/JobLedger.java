package org.iwprarchive.ingest.job;

import java.time.Instant;
import java.util.function.Consumer;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobRepository;
import org.iwprarchive.domain.job.IngestJobUrl;
import org.iwprarchive.domain.job.IngestJobUrlRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A job's books: what became of each address of its frontier and the job's counts, each change in a short
 * transaction of its own that locks the job's row, so workers running side by side never lose a count.
 */
@Component
class JobLedger {

    private static final Logger log = LoggerFactory.getLogger(JobLedger.class);

    private final IngestJobRepository jobs;
    private final IngestJobUrlRepository frontier;
    private final TransactionTemplate transactions;

    JobLedger(IngestJobRepository jobs, IngestJobUrlRepository frontier, TransactionTemplate transactions) {
        this.jobs = jobs;
        this.frontier = frontier;
        this.transactions = transactions;
    }

    /** Changes the job under its row lock and returns it as changed. */
    IngestJob update(long jobId, Consumer<IngestJob> change) {
        return transactions.execute(status -> {
            IngestJob job = jobs.findByIdForUpdate(jobId).orElseThrow();
            change.accept(job);
            return job;
        });
    }

    /** Records what became of one address and counts it on the job, in one transaction. */
    void finish(IngestJobUrl item, Consumer<IngestJobUrl> onItem, Consumer<IngestJob> onJob) {
        transactions.executeWithoutResult(status -> {
            IngestJobUrl fresh = frontier.findById(item.getId()).orElseThrow();
            onItem.accept(fresh);
            onJob.accept(jobs.findByIdForUpdate(item.getJobId()).orElseThrow());
        });
    }

    /** The address failed: it is marked so, and its error is kept on the job. */
    void fail(IngestJobUrl item, String message) {
        finish(item, u -> u.failed(message, Instant.now()), j -> j.failed(item.getUrl(), message, Instant.now()));
        log.info("Ingest job {}: {} failed: {}", item.getJobId(), item.getUrl(), message);
    }

    void logProgress(long jobId) {
        transactions.executeWithoutResult(status -> {
            IngestJob job = jobs.findById(jobId).orElseThrow();
            long pending = frontier.countByJobIdAndStatus(jobId, IngestJobUrl.Status.PENDING);
            JobProgress progress = JobProgress.of(job, frontier.countByJobId(jobId), pending);
            log.info("Ingest job {}: {} done, {} skipped, {} failed, {} pending, {}/s, ETA {} s", jobId,
                    progress.done(), progress.skipped(), progress.failed(), pending, progress.ratePerSecond(),
                    progress.etaSeconds());
        });
    }
}
