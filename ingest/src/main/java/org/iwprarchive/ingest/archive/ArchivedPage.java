package org.iwprarchive.ingest.archive;

/**
 * The result of archiving one page.
 *
 * @param revisit whether the page's bytes were already in the archive
 */
public record ArchivedPage(long articleId, int articleVersion, long snapshotId, ArchiveOutcome outcome,
                           boolean revisit) {
}
