package org.iwprarchive.ingest.webarchive;

import java.time.Instant;
import org.iwprarchive.domain.archive.PageCapture;

/**
 * One record of a web archive file as the archive sees it: a page, a revisit of a page, or a record passed over
 * and why.
 *
 * @param ordinal  the record's place in its file, from 0 (in a WACZ, across its WARC files in name order)
 * @param target   the address the record is about, or null when it has none (warcinfo)
 * @param capture  the page, with the capture's date and headers; for a revisit its content is empty and is the
 *                 content of the capture it revisits. Null when the record is passed over
 * @param revisits the capture a revisit record says it repeats, or null when it is not a revisit
 * @param skipped  why the record is passed over ("request record", "HTTP 404", "not a page: image/png"), or null
 */
public record WebArchiveRecord(long ordinal, String target, PageCapture capture, Revisited revisits,
                               String skipped) {

    /** The earlier capture a revisit record repeats: its address and, when the record says, its date. */
    public record Revisited(String target, Instant date) {
    }

    static WebArchiveRecord page(long ordinal, PageCapture capture) {
        return new WebArchiveRecord(ordinal, capture.requestedUrl(), capture, null, null);
    }

    static WebArchiveRecord revisit(long ordinal, PageCapture headers, Revisited revisits) {
        return new WebArchiveRecord(ordinal, headers.requestedUrl(), headers, revisits, null);
    }

    static WebArchiveRecord skipped(long ordinal, String target, String why) {
        return new WebArchiveRecord(ordinal, target, null, null, why);
    }

    public boolean isPage() {
        return capture != null && revisits == null;
    }

    public boolean isRevisit() {
        return revisits != null;
    }
}
