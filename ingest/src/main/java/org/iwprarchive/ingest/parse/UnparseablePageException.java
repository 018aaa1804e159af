package org.iwprarchive.ingest.parse;

/** The page is not an article the service can read: no title, no body, not text. */
public class UnparseablePageException extends RuntimeException {

    public UnparseablePageException(String message) {
        super(message);
    }
}
