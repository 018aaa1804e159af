package org.iwprarchive.domain.archive;

/**
 * A page's digest and compressed copy, worked out once where there is time for it: a bulk import reads pages on
 * several threads and stores them on one, so the pages' digests and compression are done by the readers and the
 * store only takes them ({@link Snapshot#original(PageCapture, PageBytes)}).
 */
public final class PageBytes {

    private final int length;
    private final String sha256;
    private final byte[] gzip;

    private PageBytes(int length, String sha256, byte[] gzip) {
        this.length = length;
        this.sha256 = sha256;
        this.gzip = gzip;
    }

    /** The digest and the compressed copy of {@code content}. */
    public static PageBytes of(byte[] content) {
        return new PageBytes(content.length, Snapshot.sha256(content), Snapshot.gzip(content));
    }

    /** The hex SHA-256 of the bytes, which tells whether the archive holds them already. */
    public String sha256() {
        return sha256;
    }

    int length() {
        return length;
    }

    byte[] gzip() {
        return gzip;
    }
}
