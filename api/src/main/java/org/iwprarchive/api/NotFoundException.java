package org.iwprarchive.api;

/** No article, version, snapshot or job has the id or address asked for. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
