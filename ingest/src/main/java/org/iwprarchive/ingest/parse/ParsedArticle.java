package org.iwprarchive.ingest.parse;

import java.util.List;
import java.util.Map;
import org.iwprarchive.domain.article.ArticleContent;

/**
 * Everything read from one page.
 *
 * @param fieldRules for each field, the rule that produced it (for example {@code title -> og:title})
 * @param capturedAt when a web archive captured the page, for a page served by a Wayback Machine; else null
 */
public record ParsedArticle(String canonicalUrl, String slug, ArticleContent content, List<ParsedAuthor> authors,
                            List<ParsedLocation> locations, List<ParsedTopic> topics,
                            Map<String, String> fieldRules, java.time.Instant capturedAt,
                            Map<String, String> editions) {

    ParsedArticle capturedAt(java.time.Instant at) {
        return new ParsedArticle(canonicalUrl, slug, content, authors, locations, topics, fieldRules, at, editions);
    }

    ParsedArticle withEditions(Map<String, String> linked) {
        return new ParsedArticle(canonicalUrl, slug, content, authors, locations, topics, fieldRules, capturedAt,
                Map.copyOf(linked));
    }
}
