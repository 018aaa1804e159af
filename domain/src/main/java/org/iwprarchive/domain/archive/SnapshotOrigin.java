package org.iwprarchive.domain.archive;

/** How a page reached the archive. */
public enum SnapshotOrigin {
    /** Fetched over HTTP by the service. */
    FETCH,
    /** Sent to the service by a client (saved page or print-view text). */
    UPLOAD,
    /** The example article bundled with the service. */
    EXAMPLE,
    /** Read from a file by the command-line mode; the page itself names its address. */
    FILE,
    /** Read from a web archive (a WARC or WACZ file): captured by someone else, at the capture's date. */
    ARCHIVE
}
