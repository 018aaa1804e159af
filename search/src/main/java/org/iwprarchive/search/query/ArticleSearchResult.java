package org.iwprarchive.search.query;

import java.util.List;

/**
 * A page of hits, the number of matching articles, and the facets.
 *
 * @param totalExact false when more articles match than the service counts exactly; total is then a lower bound
 * @param next       in a date order, where the next page starts, however deep; null after the last page, and in
 *                   the order of relevance, which has no position to resume from
 */
public record ArticleSearchResult(long total, boolean totalExact, List<ArticleHit> hits, List<Facet> facets,
                                  SearchAfter next) {
}
