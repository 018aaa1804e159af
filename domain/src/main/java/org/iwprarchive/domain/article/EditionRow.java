package org.iwprarchive.domain.article;

/** An archived article as one edition of a report: its id, address, language and title. */
public record EditionRow(long id, String canonicalUrl, String language, String title) {
}
