package org.iwprarchive.api.ingest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.iwprarchive.ingest.job.JobProgress;

/** An ingest job as the API answers it; its shape is the API's, whatever the ingest module's record becomes. */
@Schema(name = "IngestJob", description = "Where an ingest job stands")
record JobResponse(
        @Schema(example = "1") long id,
        @Schema(example = "CRAWL", allowableValues = {"URLS", "CRAWL", "UPLOAD", "REPARSE", "IMPORT", "BACKFILL"}) String kind,
        @Schema(example = "RUNNING", allowableValues = {"QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"})
        String status,
        @Schema(description = "What was asked: the addresses, where the crawl starts, or the imported file's name") String request,
        @Schema(description = "The most articles a crawl stores", nullable = true) Integer maxPages,
        @Schema(description = "How many listing pages or nested sitemaps away from the start a crawl goes",
                nullable = true) Integer maxDepth,
        @Schema(description = "Addresses known so far (grows while a crawl discovers more); for an import, the "
                + "records of its file read so far") long total,
        long done,
        long failed,
        long skipped,
        @Schema(description = "Addresses not yet worked on (an import reads its file as it goes: 0)") long pending,
        Instant createdAt,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        @Schema(description = "Addresses finished per second since the job started", nullable = true)
        Double ratePerSecond,
        @Schema(description = "Seconds to finish the known addresses at that rate, when it can be told",
                nullable = true) Long etaSeconds,
        @Schema(description = "The error of every address that failed") List<JobError> errors) {

    @Schema(name = "IngestJobError")
    record JobError(@Schema(example = "https://iwpr.net/global-voices/no-such-article") String url,
                    @Schema(example = "HTTP 404 from https://iwpr.net/global-voices/no-such-article") String message,
                    Instant at) {
    }

    static JobResponse of(JobProgress job) {
        return new JobResponse(job.id(), job.kind(), job.status(), job.request(), job.maxPages(), job.maxDepth(),
                job.total(), job.done(), job.failed(), job.skipped(), job.pending(), job.createdAt(), job.startedAt(),
                job.finishedAt(), job.ratePerSecond(), job.etaSeconds(), job.errors().stream()
                .map(error -> new JobError(error.url(), error.message(), error.at())).toList());
    }
}
