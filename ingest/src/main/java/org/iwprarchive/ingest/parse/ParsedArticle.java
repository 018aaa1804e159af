package org.iwprarchive.ingest.parse;

import java.util.List;
import java.util.Map;
import org.iwprarchive.domain.article.ArticleContent;

/**
 * Everything read from one page.
 *
 * @param fieldRules for each field, the rule that produced it (for example {@code title -> og:title})
 */
public record ParsedArticle(String canonicalUrl, String slug, ArticleContent content, List<ParsedAuthor> authors,
                            List<ParsedLocation> locations, List<ParsedTopic> topics,
                            Map<String, String> fieldRules) {
}
