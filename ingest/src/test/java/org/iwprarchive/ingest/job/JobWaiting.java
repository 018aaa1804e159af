package org.iwprarchive.ingest.job;

import java.time.Duration;
import java.time.Instant;

/** Waits in tests for the background worker to finish a job. */
final class JobWaiting {

    private JobWaiting() {
    }

    /** The job's progress once it has finished; fails after 60 s. */
    static JobProgress awaitFinished(IngestJobs jobs, long jobId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JobProgress progress = jobs.progress(jobId).orElseThrow();
            if (progress.finishedAt() != null) {
                return progress;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("job " + jobId + " did not finish in 60 s: " + jobs.progress(jobId));
    }
}
