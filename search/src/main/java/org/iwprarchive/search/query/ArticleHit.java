package org.iwprarchive.search.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One article found, with what a result list shows of it.
 *
 * @param score relevance score, or null when the list is ordered by date
 */
public record ArticleHit(long id, String canonicalUrl, String title, String standfirst, LocalDate publishedOn,
                         List<String> authors, Float score) {
}
