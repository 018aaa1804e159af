package org.iwprarchive.domain.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * A page as it arrived, before anything is made of it.
 *
 * @param requestedUrl    the address asked for (or given with an upload)
 * @param finalUrl        the address after redirects
 * @param etag            the validator the server sent, for conditional re-fetching, or null
 * @param lastModified    the {@code Last-Modified} header as sent, or null
 * @param contentEncoding the {@code Content-Encoding} the page travelled with (the bytes are decoded), or null
 */
public record PageCapture(String requestedUrl, String finalUrl, Instant fetchedAt, int httpStatus, String contentType,
                          byte[] content, SnapshotOrigin origin, String etag, String lastModified,
                          String contentEncoding) {

    public PageCapture {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        finalUrl = finalUrl == null ? requestedUrl : finalUrl;
    }

    /** A page a client sent or the service bundles: no HTTP exchange, so no validators. */
    public static PageCapture received(String url, String contentType, byte[] content, SnapshotOrigin origin,
                                       Instant at) {
        return new PageCapture(url, url, at, 200, contentType, content, origin, null, null, null);
    }
}
