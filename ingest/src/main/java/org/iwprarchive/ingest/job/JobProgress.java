package org.iwprarchive.ingest.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.domain.job.IngestJobError;

/**
 * Where a job stands.
 *
 * @param total         addresses known so far (grows while a crawl discovers more)
 * @param pending       addresses not yet worked on
 * @param ratePerSecond addresses finished per second since the job started
 * @param etaSeconds    seconds to finish the known addresses at that rate, when it can be told
 */
public record JobProgress(long id, String kind, String status, String request, Integer maxPages, Integer maxDepth,
                          long total, long done, long failed, long skipped, long pending, Instant createdAt,
                          Instant startedAt, Instant finishedAt, Double ratePerSecond, Long etaSeconds,
                          List<IngestJobError> errors) {

    static JobProgress of(IngestJob job, long known, long pending) {
        return of(job, job.getRequest(), known, pending, true);
    }

    /**
     * An import: its records read so far are what it knows (its file is read as it goes, so there is no ETA),
     * and its request is the file's name, not where the service keeps it.
     */
    static JobProgress ofImport(IngestJob job) {
        return of(job, java.nio.file.Path.of(job.getRequest()).getFileName().toString(), job.getRecordsRead(), 0,
                false);
    }

    private static JobProgress of(IngestJob job, String request, long known, long pending, boolean endKnown) {
        long finished = job.getDone() + job.getFailed() + job.getSkipped();
        Double rate = null;
        Long eta = null;
        if (job.getStartedAt() != null) {
            Instant end = job.getFinishedAt() != null ? job.getFinishedAt() : Instant.now();
            double seconds = Math.max(0.001, Duration.between(job.getStartedAt(), end).toMillis() / 1000.0);
            rate = Math.round(finished / seconds * 100) / 100.0;
            if (endKnown && job.getFinishedAt() == null && rate > 0) {
                eta = Math.round(pending / rate);
            }
        }
        return new JobProgress(job.getId(), job.getKind().name(), job.getStatus().name(), request,
                job.getMaxPages(), job.getMaxDepth(), known, job.getDone(), job.getFailed(), job.getSkipped(), pending,
                job.getCreatedAt(), job.getStartedAt(), job.getFinishedAt(), rate, eta, job.getErrors());
    }
}
