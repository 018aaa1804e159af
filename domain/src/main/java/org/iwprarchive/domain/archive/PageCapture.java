package org.iwprarchive.domain.archive;

import java.time.Instant;
import java.util.Objects;

/**
 * A page as it arrived, before anything is made of it.
 *
 * @param requestedUrl the address asked for (or given with an upload)
 * @param finalUrl     the address after redirects
 */
public record PageCapture(String requestedUrl, String finalUrl, Instant fetchedAt, int httpStatus, String contentType,
                          byte[] content, SnapshotOrigin origin) {

    public PageCapture {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        finalUrl = finalUrl == null ? requestedUrl : finalUrl;
    }
}
