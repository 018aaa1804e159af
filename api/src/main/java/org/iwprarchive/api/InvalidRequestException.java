package org.iwprarchive.api;

/** A request parameter that is well-formed but cannot be used, such as a date range that ends before it starts. */
public class InvalidRequestException extends RuntimeException {

    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
