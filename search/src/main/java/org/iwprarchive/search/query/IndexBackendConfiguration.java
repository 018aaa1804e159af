package org.iwprarchive.search.query;

import org.iwprarchive.search.index.SearchProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link IndexBackend} of the configured search backend. */
@Configuration(proxyBeanMethods = false)
class IndexBackendConfiguration {

    @Bean
    IndexBackend indexBackend(SearchProperties properties, FacetCounter facetCounter, FacetCountCache facetCounts) {
        return properties.local()
                ? new LuceneIndexBackend(facetCounter, facetCounts,
                        ArticleSearchService.BODY_FRAGMENT, ArticleSearchService.BODY_FRAGMENTS)
                : new OpenSearchIndexBackend(ArticleSearchService.BODY_FRAGMENT, ArticleSearchService.BODY_FRAGMENTS);
    }
}
