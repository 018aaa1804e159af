package org.iwprarchive.domain.job;

public enum IngestJobKind {
    URLS,
    CRAWL,
    UPLOAD,
    REPARSE
}
