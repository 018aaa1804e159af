package org.iwprarchive.api.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.iwprarchive.api.NotFoundException;
import org.iwprarchive.api.PageParameters;
import org.iwprarchive.api.PageResponse;
import org.iwprarchive.domain.job.IngestJob;
import org.iwprarchive.ingest.job.IngestJobs;
import org.iwprarchive.ingest.job.InvalidIngestRequestException;
import org.iwprarchive.ingest.job.JobProgress;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ingest", description = "Adding pages to the archive")
class IngestJobController {

    private final IngestJobs jobs;
    private final WebArchiveUploads uploads;

    IngestJobController(IngestJobs jobs, WebArchiveUploads uploads) {
        this.jobs = jobs;
        this.uploads = uploads;
    }

    @Schema(name = "IngestRequest", description = "Article addresses to fetch")
    record IngestRequest(@Schema(description = "Addresses on iwpr.net (http or https), at most 1000",
            example = "[\"https://iwpr.net/global-voices/nato-looks-central-asia\"]") List<String> urls) {
    }

    @Schema(name = "CrawlRequest", description = "Where a crawl starts and how far it goes")
    record CrawlRequest(
            @Schema(description = "A listing page (its article links and next pages are followed) or a sitemap",
                    example = "https://iwpr.net/global-voices/europe-eurasia/central-asia?page=0") String start,
            @Schema(description = "The most articles to fetch (default 100, at most 10000)", example = "50")
            Integer maxPages,
            @Schema(description = "How many listing pages or nested sitemaps away from the start to go (default 5)",
                    example = "2") Integer maxDepth,
            @Schema(description = "Articles published before this day are not stored", example = "2020-01-01")
            LocalDate since) {
    }

    @Schema(name = "BackfillRequest", description = "Which captures of the site a Wayback Machine backfill archives")
    record BackfillRequest(
            @Schema(description = "An address prefix on iwpr.net; the scheme may be left out",
                    example = "https://iwpr.net/global-voices/") String prefix,
            @Schema(description = "The earliest capture: a year, a month, a day or a Wayback timestamp",
                    example = "2005", nullable = true) String from,
            @Schema(description = "The latest capture, likewise", example = "2010-12-31", nullable = true) String to,
            @Schema(description = "The most captures to archive (default 100, at most 10000)", example = "200",
                    nullable = true) Integer maxPages) {
    }

    @PostMapping(path = "/api/ingest/backfill", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "backfillFromWayback", summary = "Backfill from the Wayback Machine",
            description = "Queues a `BACKFILL` job: the captures of the site's pages under an address prefix are "
                    + "listed through the Wayback Machine's CDX API (successful HTML captures between `from` and "
                    + "`to`, one of each run of identical captures), and each capture of an article page is fetched "
                    + "as it was received (the `id_` form: no toolbar, no rewritten links) and archived at its "
                    + "capture date, origin `ARCHIVE`, as a snapshot of the article at its original address. "
                    + "Polite and bounded as a crawl: the archive's hosts (`iwpr.wayback.hosts`) are fetched for "
                    + "backfills only, one request at a time per host, with robots.txt, retries and backoff.")
    @ApiResponse(responseCode = "202", description = "The backfill is queued; follow its Location for progress")
    @ApiResponse(responseCode = "400", description = "The prefix is not on iwpr.net, a date cannot be read, or "
            + "maxPages is out of range; nothing was queued",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<JobResponse> backfill(@RequestBody BackfillRequest request) {
        return accepted(jobs.startBackfill(request.prefix(), request.from(), request.to(), request.maxPages()));
    }

    @PostMapping(path = "/api/ingest", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "ingestUrls", summary = "Fetch articles by address",
            description = "Queues a job that fetches each address politely (robots.txt, a delay between requests "
                    + "to one host, retries with backoff) and archives it. The whole request is refused when any "
                    + "address is not an http(s) address on iwpr.net; problems found while fetching (a redirect to "
                    + "an internal address, a page that is not HTML, ...) are recorded per address in the job.")
    @ApiResponse(responseCode = "202", description = "The job is queued; follow its Location for progress")
    @ApiResponse(responseCode = "400", description = "An address cannot be fetched; nothing was queued",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<JobResponse> ingest(@RequestBody IngestRequest request) {
        return accepted(jobs.submitUrls(request.urls()));
    }

    @PostMapping(path = "/api/ingest/archive", consumes = {"application/warc", "application/gzip",
            "application/x-gzip", "application/wacz", "application/zip", "application/octet-stream"},
            produces = "application/json")
    @Operation(operationId = "importWebArchive", summary = "Import a web archive file (WARC or WACZ)",
            description = "Send a WARC file (WARC/1.0 or 1.1; plain, gzipped per record as crawlers write them, or "
                    + "gzipped whole) or a WACZ package as the body. It is stored, checked to begin with a WARC "
                    + "record, and queued as an `IMPORT` job: each response, resource or revisit record of an "
                    + "article page becomes a snapshot with the capture's own date and HTTP validators, and the "
                    + "article is built from it; an earlier capture of an article the archive already holds is "
                    + "kept as a snapshot without replacing the newer text. Requests, other media, error "
                    + "statuses, listings and pages of other sites are counted as skipped. The job resumes after "
                    + "a restart from the last batch stored; the file is deleted once the import has ended. "
                    + "Larger files than the upload limit can be imported on the server with "
                    + "`java -jar iwpr-archive.jar --import FILE`.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "application/warc", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/gzip", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/wacz", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/octet-stream",
                            schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "202", description = "The import is queued; follow its Location for progress")
    @ApiResponse(responseCode = "400", description = "The body is not a WARC or WACZ file; nothing was queued",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The file is larger than the upload limit",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<JobResponse> importArchive(HttpServletRequest request) throws IOException {
        Path file = uploads.receive(request);
        try {
            return accepted(jobs.submitImport(file));
        } catch (InvalidIngestRequestException e) {
            uploads.discard(file);
            throw e;
        }
    }

    @PostMapping(path = "/api/ingest/crawl", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "startCrawl", summary = "Crawl a listing or a sitemap",
            description = "Queues a crawl: from a listing page it follows article links and `?page=N` pagination; "
                    + "from a sitemap (or sitemap index) it takes the article addresses. Bounded by `maxPages`, "
                    + "`maxDepth` and `since`; de-duplicated; its frontier lives in PostgreSQL, so a restart resumes it.")
    @ApiResponse(responseCode = "202", description = "The crawl is queued; follow its Location for progress")
    @ApiResponse(responseCode = "400", description = "The start is not an address on iwpr.net or a bound is out of range",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<JobResponse> crawl(@RequestBody CrawlRequest request) {
        return accepted(jobs.startCrawl(request.start(), request.maxPages(), request.maxDepth(), request.since()));
    }

    @PostMapping(path = "/api/admin/reparse", produces = "application/json")
    @Operation(operationId = "startReparse", summary = "Rebuild every article from the archive",
            description = "Parses the newest archived page of each article again with the current rules, without "
                    + "fetching anything. Use it after changing the site profile.")
    @ApiResponse(responseCode = "202", description = "The reparse job is queued")
    ResponseEntity<JobResponse> reparse() {
        return accepted(jobs.startReparse());
    }

    @GetMapping(path = "/api/ingest/jobs/{id}", produces = "application/json")
    @Operation(operationId = "getIngestJob", summary = "Progress of an ingest job",
            description = "Counts of done, skipped (not modified, over the bounds) and failed addresses, the rate, "
                    + "an estimate of the time left, and the error of every failed address.")
    @ApiResponse(responseCode = "200", description = "The job")
    @ApiResponse(responseCode = "404", description = "No job has this id",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    JobResponse job(@Parameter(example = "1") @PathVariable long id) {
        return jobs.progress(id).map(JobResponse::of)
                .orElseThrow(() -> new NotFoundException("No ingest job has the id " + id + "."));
    }

    @GetMapping(path = "/api/ingest/jobs", produces = "application/json")
    @Operation(operationId = "listIngestJobs", summary = "Ingest jobs, newest first")
    PageResponse<JobResponse> list(
            @ParameterObject @Valid PageParameters paging) {
        paging.checked();
        Page<JobProgress> found = jobs.list(paging.number(), paging.count());
        return PageResponse.of(found.getContent().stream().map(JobResponse::of).toList(), paging.number(),
                paging.count(), found.getTotalElements());
    }

    private ResponseEntity<JobResponse> accepted(IngestJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/ingest/jobs/" + job.getId()))
                .body(JobResponse.of(jobs.progress(job.getId()).orElseThrow()));
    }
}
