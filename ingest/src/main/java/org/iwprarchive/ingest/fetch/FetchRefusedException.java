package org.iwprarchive.ingest.fetch;

/** The service will not fetch this address: a policy says no (scheme, host, address, robots.txt, size, type). */
public class FetchRefusedException extends RuntimeException {

    public FetchRefusedException(String message) {
        super(message);
    }
}
