package org.iwprarchive.ingest.archive;

/** What archiving a page did to the article it holds. */
public enum ArchiveOutcome {
    /** The article was new to the archive. */
    CREATED,
    /** The article was known and its text changed: a new version. */
    UPDATED,
    /** The article was known and its text is the same. */
    UNCHANGED
}
