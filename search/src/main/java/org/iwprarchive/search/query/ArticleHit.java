package org.iwprarchive.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.iwprarchive.domain.article.DateSource;

/**
 * One article found, with what a result list shows of it.
 *
 * @param datedBy    where its date comes from; null when it has none
 * @param language   its language, a two-letter code ("en", "ru")
 * @param authors    its authors, places and topics, each with the slug that filters by it
 * @param score      relevance score, or null when the list is ordered by date
 * @param highlights for "title" and "body", fragments with the matched words in {@code <mark>}, HTML-escaped
 * @param editions   the other archived editions of its report, in other languages; empty when there are none
 */
public record ArticleHit(long id, String canonicalUrl, String title, String standfirst, LocalDate publishedOn,
                         DateSource datedBy, String language,
                         List<Tag> authors, List<Tag> places, List<Tag> topics, Float score,
                         Map<String, List<String>> highlights, List<Edition> editions) {

    /** Another language edition of the same report. */
    public record Edition(long id, String language, String canonicalUrl, String title) {
    }

    /** This hit with the other editions of its report. */
    ArticleHit withEditions(List<Edition> others) {
        return new ArticleHit(id, canonicalUrl, title, standfirst, publishedOn, datedBy, language, authors, places,
                topics, score, highlights, List.copyOf(others));
    }

    /** A tag of the article: what to show, and what to filter by. */
    public record Tag(String name, String slug) {
    }

    /** Names and slugs read as two lists of one order. */
    static List<Tag> tags(List<String> names, List<String> slugs) {
        int count = Math.min(names.size(), slugs.size());
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> new Tag(names.get(i), slugs.get(i))).toList();
    }
}
