package org.iwprarchive.search.query;

import java.util.List;

/** A page of hits and the number of articles that match in all. */
public record ArticleSearchResult(long total, List<ArticleHit> hits) {
}
