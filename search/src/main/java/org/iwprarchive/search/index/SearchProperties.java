package org.iwprarchive.search.index;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param indexDirectory where the Lucene indexes live; rebuilt from PostgreSQL when missing or stale
 * @param rebuildOnStartup whether a missing or stale index is rebuilt before the service takes requests
 * @param facetCacheSize   facet counts of extra (multi-select) passes kept until the index changes; 0 keeps none
 * @param queryTimeout     the most one search may take; a query that needs longer is refused as too expensive
 */
@ConfigurationProperties("iwpr.search")
public record SearchProperties(@DefaultValue("./data/index") Path indexDirectory,
                               @DefaultValue("true") boolean rebuildOnStartup,
                               @DefaultValue("10000") int facetCacheSize,
                               @DefaultValue("5s") Duration queryTimeout) {
}
