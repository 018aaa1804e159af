package org.iwprarchive.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One address in a job's frontier and what became of it. */
@Entity
@Table(name = "ingest_job_url")
public class IngestJobUrl {

    public enum Kind {
        ARTICLE,
        LISTING,
        SITEMAP,
        /** A page of a Wayback Machine's CDX listing of captures, for a backfill. */
        CDX
    }

    public enum Status {
        PENDING,
        DONE,
        FAILED,
        SKIPPED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false)
    private Long jobId;

    @Column(nullable = false)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private int depth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** What happened: the archive outcome, why it was skipped, or the error. */
    private String outcome;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected IngestJobUrl() {
    }

    public IngestJobUrl(Long jobId, String url, Kind kind, int depth, Instant at) {
        this.jobId = Objects.requireNonNull(jobId, "jobId");
        this.url = Objects.requireNonNull(url, "url");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.depth = depth;
        this.status = Status.PENDING;
        this.updatedAt = at;
    }

    public void done(String what, Long article, Instant at) {
        finish(Status.DONE, what, at);
        this.articleId = article;
    }

    public void failed(String why, Instant at) {
        finish(Status.FAILED, why, at);
    }

    public void skipped(String why, Instant at) {
        finish(Status.SKIPPED, why, at);
    }

    private void finish(Status newStatus, String what, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException(url + " of job " + jobId + " is already " + status);
        }
        this.status = newStatus;
        this.outcome = what;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getJobId() {
        return jobId;
    }

    public String getUrl() {
        return url;
    }

    public Kind getKind() {
        return kind;
    }

    public int getDepth() {
        return depth;
    }

    public Status getStatus() {
        return status;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getArticleId() {
        return articleId;
    }
}
