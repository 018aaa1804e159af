package org.iwprarchive.ingest.quote;

import org.iwprarchive.domain.article.QuotationKind;
import org.iwprarchive.domain.source.SourceKind;

/**
 * One attribution found in an article: who said what.
 *
 * @param source    the source's name as the article gives it in full ("Rustam Jumaev"; for an anonymous
 *                  source its description, "an official from a western political institution")
 * @param role      the role or affiliation the article gives the source here, or null
 * @param text      what was said: the quoted words, or the reported content
 * @param cue       the words that attribute it ("said", "told IWPR", "according to"), or null for a continuation
 * @param paragraph the index of the body paragraph it is in
 */
public record Attribution(String source, SourceKind sourceKind, String role, String text, QuotationKind kind,
                          String cue, int paragraph) {
}
