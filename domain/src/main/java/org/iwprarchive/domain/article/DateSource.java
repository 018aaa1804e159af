package org.iwprarchive.domain.article;

/** Where an article's date comes from. */
public enum DateSource {
    /** A page of the article prints it. */
    PAGE,
    /**
     * No page of the article prints a date; a web archive captured one of its pages that day, so the article was
     * published then or before. The earliest such capture gives it, and a page that prints a date replaces it.
     */
    CAPTURE
}
