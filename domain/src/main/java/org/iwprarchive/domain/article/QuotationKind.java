package org.iwprarchive.domain.article;

/** Whether the article gives the source's own words or reports them. */
public enum QuotationKind {
    DIRECT,
    INDIRECT
}
