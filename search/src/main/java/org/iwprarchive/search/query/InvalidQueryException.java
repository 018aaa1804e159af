package org.iwprarchive.search.query;

/** A query that cannot be read; {@code position} is where, counted from 0, or -1 when it is not one place. */
public class InvalidQueryException extends RuntimeException {

    private final int position;

    public InvalidQueryException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
