package org.iwprarchive.domain.job;

public enum IngestJobKind {
    URLS,
    CRAWL,
    UPLOAD,
    REPARSE,
    /** The pages of a web archive file (WARC or WACZ) stored as snapshots at their capture dates. */
    IMPORT,
    /** The captures of an address prefix in a Wayback Machine, listed through its CDX API and fetched. */
    BACKFILL
}
