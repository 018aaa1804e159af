package org.iwprarchive.ingest.archive;

import java.util.List;
import org.iwprarchive.domain.archive.PageBytes;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.ingest.parse.ParsedArticle;
import org.iwprarchive.ingest.quote.Attribution;

/**
 * A page read and ready to be stored: the article parsed from it, the quotations found in it and its anchors
 * ({@link EditionAnchors}), produced without the database, so that pages can be read side by side and stored together.
 *
 * @param bytes     the page's digest, which tells whether the archive holds its bytes already, and its compressed
 *                  copy, both worked out by the thread that read it rather than the one that stores it
 * @param readNanos how long reading took, counted into the page's ingest timer when it is stored
 */
public record ReadPage(PageCapture capture, ParsedArticle parsed, List<Attribution> attributions,
                       List<String> anchors, PageBytes bytes, long readNanos) {

    public ReadPage {
        attributions = List.copyOf(attributions);
        anchors = List.copyOf(anchors);
    }

    /** The digest of the page's bytes. */
    public String sha256() {
        return bytes.sha256();
    }
}
