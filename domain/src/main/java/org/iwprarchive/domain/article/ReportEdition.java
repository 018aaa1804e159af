package org.iwprarchive.domain.article;

/**
 * An archived edition of a report ({@link Article#getReportId()}): the report, and the edition's id, address,
 * language and title.
 */
public record ReportEdition(long report, long id, String canonicalUrl, String language, String title) {
}
