package org.iwprarchive.ingest.fetch;

/** The fetch was tried and did not give a page: an HTTP error, a timeout, a network failure. */
public class FetchFailedException extends RuntimeException {

    public FetchFailedException(String message) {
        super(message);
    }

    public FetchFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
