package org.iwprarchive.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article found, with what a result list shows of it.
 *
 * @param score      relevance score, or null when the list is ordered by date
 * @param highlights for "title" and "body", fragments with the matched words in {@code <mark>}, HTML-escaped
 */
public record ArticleHit(long id, String canonicalUrl, String title, String standfirst, LocalDate publishedOn,
                         List<String> authors, Float score, Map<String, List<String>> highlights) {
}
