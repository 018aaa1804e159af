package org.iwprarchive.ingest.archive;

import java.util.List;
import org.iwprarchive.domain.archive.PageCapture;
import org.iwprarchive.ingest.parse.ParsedArticle;
import org.iwprarchive.ingest.quote.Attribution;

/**
 * A page read and ready to be stored: the article parsed from it and the quotations found in it, produced
 * without the database, so that pages can be read side by side and stored together.
 *
 * @param sha256    the digest of the page's bytes, which tells whether the archive holds them already
 * @param readNanos how long reading took, counted into the page's ingest timer when it is stored
 */
public record ReadPage(PageCapture capture, ParsedArticle parsed, List<Attribution> attributions, String sha256,
                       long readNanos) {

    public ReadPage {
        attributions = List.copyOf(attributions);
    }
}
