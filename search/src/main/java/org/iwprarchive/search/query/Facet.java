package org.iwprarchive.search.query;

import java.util.List;

/**
 * Counts of the matching articles by one field, counted with every other active filter applied.
 *
 * @param field   location, author, topic, source or year
 * @param undated for the year facet, the matching articles that have no date (print views, undated captures):
 *                no year and no date filter takes them; null for the other facets
 */
public record Facet(String field, List<Value> values, Long undated) {

    /**
     * @param value what to pass back as a filter (a slug, a source id, a year)
     * @param label what to show
     */
    public record Value(String value, String label, long count) {
    }
}
