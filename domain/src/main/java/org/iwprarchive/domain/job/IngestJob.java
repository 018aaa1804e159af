package org.iwprarchive.domain.job;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A unit of ingest work (a list of URLs, a crawl, an upload, a reparse) and its progress. */
@Entity
@Table(name = "ingest_job")
public class IngestJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IngestJobKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IngestJobStatus status;

    /** What was asked, as the client put it (URLs, crawl start and bounds). */
    @Column(nullable = false)
    private String request;

    private Integer total;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int failed;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "max_pages")
    private Integer maxPages;

    @Column(name = "max_depth")
    private Integer maxDepth;

    @Column(name = "published_since")
    private LocalDate publishedSince;

    /** How many records of its file an import has dealt with, in file order; null before it began. */
    @Column(name = "records_read")
    private Long recordsRead;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @ElementCollection
    @CollectionTable(name = "ingest_job_error", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    private List<IngestJobError> errors = new ArrayList<>();

    protected IngestJob() {
    }

    public IngestJob(IngestJobKind kind, String request, Integer total, Instant createdAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.request = Objects.requireNonNull(request, "request");
        this.total = total;
        this.status = IngestJobStatus.QUEUED;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Bounds a crawl: at most {@code pages} articles, listings at most {@code depth} links away, none older. */
    public void bound(Integer pages, Integer depth, LocalDate since) {
        if (pages != null && pages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        if (depth != null && depth < 0) {
            throw new IllegalArgumentException("maxDepth must not be negative");
        }
        this.maxPages = pages;
        this.maxDepth = depth;
        this.publishedSince = since;
    }

    public void start(Instant at) {
        if (status == IngestJobStatus.RUNNING) {
            return; // resumed after a restart
        }
        if (status != IngestJobStatus.QUEUED) {
            throw new IllegalStateException("job " + id + " is " + status + ", not QUEUED");
        }
        status = IngestJobStatus.RUNNING;
        startedAt = at;
    }

    public void succeeded() {
        done++;
    }

    public void skipped() {
        skipped++;
    }

    public void failed(String url, String message, Instant at) {
        failed++;
        errors.add(new IngestJobError(url, message, at));
    }

    /** Addresses or articles this job has finished with, whatever became of them. */
    public int processed() {
        return done + failed + skipped;
    }

    /** Records that the first {@code records} records of an import's file are dealt with. */
    public void readUpTo(long records) {
        if (records < 0) {
            throw new IllegalArgumentException("a count of records is not negative");
        }
        recordsRead = records;
    }

    /** How many records of an import's file are dealt with: where a resumed import goes on. */
    public long getRecordsRead() {
        return recordsRead == null ? 0 : recordsRead;
    }

    public void discovered(int more) {
        total = (total == null ? 0 : total) + more;
    }

    /** Ends the job: FAILED only when nothing at all could be ingested. */
    public void finish(Instant at) {
        if (status.isFinished()) {
            return;
        }
        status = failed > 0 && done == 0 && skipped == 0 ? IngestJobStatus.FAILED : IngestJobStatus.SUCCEEDED;
        finishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public IngestJobKind getKind() {
        return kind;
    }

    public IngestJobStatus getStatus() {
        return status;
    }

    public String getRequest() {
        return request;
    }

    public Integer getTotal() {
        return total;
    }

    public int getDone() {
        return done;
    }

    public int getFailed() {
        return failed;
    }

    public int getSkipped() {
        return skipped;
    }

    public Integer getMaxPages() {
        return maxPages;
    }

    public Integer getMaxDepth() {
        return maxDepth;
    }

    public LocalDate getPublishedSince() {
        return publishedSince;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<IngestJobError> getErrors() {
        return List.copyOf(errors);
    }
}
