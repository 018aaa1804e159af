package org.iwprarchive.ingest.archive;

/** What archiving a page did to the article it holds. */
public enum ArchiveOutcome {
    /** The article was new to the archive. */
    CREATED,
    /** The article was known and its text changed: a new version. */
    UPDATED,
    /** The article was known and its text is the same. */
    UNCHANGED,
    /**
     * The page is an earlier capture than the one the article is made of (a backfill from a web archive): it is
     * kept as a snapshot of the article, and the article stays as its newest capture has it.
     */
    EARLIER
}
