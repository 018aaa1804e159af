package org.iwprarchive.search.query;

import java.util.List;

/**
 * A page of hits, the number of matching articles, and the facets.
 *
 * @param totalExact false when more articles match than the service counts exactly; total is then a lower bound
 */
public record ArticleSearchResult(long total, boolean totalExact, List<ArticleHit> hits, List<Facet> facets) {
}
