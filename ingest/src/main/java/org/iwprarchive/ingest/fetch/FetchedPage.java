package org.iwprarchive.ingest.fetch;

import java.time.Instant;

/**
 * What a fetch gave.
 *
 * @param notModified true when the server answered 304 to a conditional request: there is no new content
 * @param content     the decoded body (gzip already undone), empty when not modified
 */
public record FetchedPage(String requestedUrl, String finalUrl, int status, String contentType, byte[] content,
                          String etag, String lastModified, String contentEncoding, Instant fetchedAt,
                          boolean notModified) {
}
