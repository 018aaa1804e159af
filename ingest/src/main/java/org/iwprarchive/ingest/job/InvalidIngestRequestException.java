package org.iwprarchive.ingest.job;

import java.util.List;

/** An ingest request that is refused whole, before anything is queued. */
public class InvalidIngestRequestException extends RuntimeException {

    private final List<String> problems;

    public InvalidIngestRequestException(String message, List<String> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
