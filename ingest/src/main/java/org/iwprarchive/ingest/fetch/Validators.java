package org.iwprarchive.ingest.fetch;

/** What the last fetch of an address said about its version, sent back to make the next fetch conditional. */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}
