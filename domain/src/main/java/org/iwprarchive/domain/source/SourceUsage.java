package org.iwprarchive.domain.source;

/** A source with how much it is quoted: in how many articles, and how many quotations in all. */
public record SourceUsage(long id, String name, SourceKind kind, String latestRole, long articles, long quotations) {
}
