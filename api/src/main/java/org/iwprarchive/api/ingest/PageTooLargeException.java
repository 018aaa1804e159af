package org.iwprarchive.api.ingest;

/** An upload over the size limit. */
public class PageTooLargeException extends RuntimeException {

    public PageTooLargeException(int limit) {
        super("The page is larger than " + limit / (1024 * 1024) + " MB; no IWPR article page is that large.");
    }
}
