package org.iwprarchive.search.query;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.iwprarchive.search.index.SearchProperties;
import org.springframework.stereotype.Component;

/**
 * Facet counts of the extra passes that multi-select facets need (the matches with every filter but the
 * facet's own, counted without hits), kept for as long as the index does not change: paging through a search,
 * or choosing another place in the facet a search offers, asks for the same counts again. The key holds the
 * identity of every index segment's reader, which Lucene replaces when a segment's content or deletions change,
 * so a write is never answered from an older count. The same rule as Elasticsearch's shard request cache,
 * which keeps aggregation-only results until the next refresh.
 */
@Component
class FacetCountCache {

    private record Key(List<Object> segments, SearchFacet facet, ArticleQuery query) {
    }

    private final Cache<Key, Map<Object, Long>> counts;

    FacetCountCache(SearchProperties properties) {
        this.counts = properties.facetCacheSize() <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(properties.facetCacheSize())
                .expireAfterAccess(Duration.ofMinutes(30))
                .build();
    }

    /**
     * @param reader the index as the search reads it
     * @param query  the search as it counts this facet: its own filter left out, paging and order cleared
     */
    Map<Object, Long> get(IndexReader reader, SearchFacet facet, ArticleQuery query,
                          Supplier<Map<Object, Long>> count) {
        if (counts == null) {
            return count.get();
        }
        Key key = new Key(reader.leaves().stream().map(FacetCountCache::identity).toList(), facet, query);
        Map<Object, Long> known = counts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        // most counted first, as the aggregation gave them
        Map<Object, Long> counted = Collections.unmodifiableMap(new LinkedHashMap<>(count.get()));
        counts.put(key, counted);
        return counted;
    }

    private static Object identity(LeafReaderContext leaf) {
        var helper = leaf.reader().getReaderCacheHelper();
        // a reader that offers no cache key cannot be told from its successor: never match it
        return helper != null ? helper.getKey() : new Object();
    }
}
