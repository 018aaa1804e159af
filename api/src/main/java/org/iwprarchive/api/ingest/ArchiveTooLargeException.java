package org.iwprarchive.api.ingest;

/** A web archive upload over the configured limit; nothing of it is kept. */
public class ArchiveTooLargeException extends RuntimeException {

    public ArchiveTooLargeException(long limit) {
        super("The file is larger than the limit of " + limit + " bytes (iwpr.ingest.max-upload); nothing was "
                + "kept. A file this large can be imported from the service's own disk with --import.");
    }
}
