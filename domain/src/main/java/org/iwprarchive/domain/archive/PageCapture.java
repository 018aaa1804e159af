package org.iwprarchive.domain.archive;

import java.time.Instant;
import java.util.Objects;
import org.iwprarchive.domain.TextLimits;

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
        TextLimits.within(requestedUrl, TextLimits.URL, "an address");
        TextLimits.within(finalUrl, TextLimits.URL, "an address");
        contentType = boundedType(contentType);
    }

    /**
     * The media type as sent, unless it is longer than a media type can sensibly be: then its type alone, or
     * {@code application/octet-stream} when even that is not one.
     */
    private static String boundedType(String contentType) {
        String type = contentType.strip();
        if (type.length() <= TextLimits.CONTENT_TYPE) {
            return type;
        }
        int parameters = type.indexOf(';');
        String bare = (parameters < 0 ? type : type.substring(0, parameters)).strip();
        return bare.length() <= TextLimits.CONTENT_TYPE && bare.matches("[\\w.+-]+/[\\w.+-]+") ? bare
                : "application/octet-stream";
    }

    /**
     * The same page as a web archive's capture: the time it was captured, and origin {@link SnapshotOrigin#ARCHIVE}
     * (a page saved from a Wayback Machine and sent by a client, for one).
     */
    public PageCapture capturedAt(Instant at) {
        return new PageCapture(requestedUrl, finalUrl, at, httpStatus, contentType, content, SnapshotOrigin.ARCHIVE,
                etag, lastModified, contentEncoding);
    }

    /** A page a client sent or the service bundles: no HTTP exchange, so no validators. */
    public static PageCapture received(String url, String contentType, byte[] content, SnapshotOrigin origin,
                                       Instant at) {
        return new PageCapture(url, url, at, 200, contentType, content, origin, null, null, null);
    }
}
