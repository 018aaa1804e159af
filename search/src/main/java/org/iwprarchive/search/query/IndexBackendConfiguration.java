package org.iwprarchive.search.query;

import jakarta.persistence.EntityManagerFactory;
import org.iwprarchive.search.index.SearchProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link IndexBackend} of the configured search backend. */
@Configuration(proxyBeanMethods = false)
class IndexBackendConfiguration {

    @Bean
    IndexBackend indexBackend(SearchProperties properties, EntityManagerFactory entityManagerFactory,
                              FacetCounter facetCounter, FacetCountCache facetCounts) {
        return properties.local()
                ? new LuceneIndexBackend(entityManagerFactory, facetCounter, facetCounts,
                        ArticleSearchService.BODY_FRAGMENT, ArticleSearchService.BODY_FRAGMENTS)
                : new OpenSearchIndexBackend(ArticleSearchService.BODY_FRAGMENT, ArticleSearchService.BODY_FRAGMENTS);
    }
}
