package org.iwprarchive.api.ingest;

/** An upload without a body. */
public class EmptyPageException extends RuntimeException {

    public EmptyPageException() {
        super("The request body is empty: send the page itself, as text/html or as print-view text/plain.");
    }
}
