package org.iwprarchive.search.index;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param backend          where the article index lives: {@code lucene}, a directory of this process (the
 *                         default), or {@code opensearch}, an OpenSearch 2.x cluster several instances share
 * @param indexDirectory   where the Lucene indexes live; rebuilt from PostgreSQL when missing or stale
 * @param rebuildOnStartup whether a missing or stale index is rebuilt before the service takes requests
 * @param facetCacheSize   facet counts of extra (multi-select) passes kept until the index changes; 0 keeps none
 * @param queryTimeout     the most one search may take; a query that needs longer is refused as too expensive
 * @param opensearch       the cluster, when the backend is OpenSearch
 * @param coordination     how the index learns of changes: {@code none}, each instance indexing its own writes
 *                         before they return (the default), or {@code outbox-polling}, every write recording its
 *                         changes in PostgreSQL in its own transaction and the instances' event processors taking
 *                         them into the shared OpenSearch index (several instances; searchable within about a second)
 */
@ConfigurationProperties("iwpr.search")
public record SearchProperties(@DefaultValue("lucene") Backend backend,
                               @DefaultValue("./data/index") Path indexDirectory,
                               @DefaultValue("true") boolean rebuildOnStartup,
                               @DefaultValue("10000") int facetCacheSize,
                               @DefaultValue("5s") Duration queryTimeout,
                               @DefaultValue OpenSearch opensearch,
                               @DefaultValue("none") Coordination coordination) {

    public SearchProperties {
        if (coordination == Coordination.OUTBOX_POLLING && backend == Backend.LUCENE) {
            throw new IllegalArgumentException("iwpr.search.coordination=outbox-polling needs "
                    + "iwpr.search.backend=opensearch: with a Lucene index of its own, each instance would index "
                    + "only its share of the changes");
        }
    }

    /** How instances share the index's work. */
    public enum Coordination {
        NONE, OUTBOX_POLLING
    }

    /** The search backends: one index per process, or one cluster for every instance. */
    public enum Backend {
        LUCENE, OPENSEARCH
    }

    /**
     * @param uris        the cluster's HTTP addresses (one node or several)
     * @param username    for a cluster with the security plugin; none by default
     * @param password    the user's password
     * @param indexPrefix put before the index's name ({@code <prefix>article-v<mapping version>}), so several
     *                    archives (or test runs) can share a cluster
     */
    public record OpenSearch(@DefaultValue("http://localhost:9200") List<URI> uris,
                             String username,
                             String password,
                             @DefaultValue("") String indexPrefix) {
    }

    /** Whether the index is this process's own Lucene directory. */
    public boolean local() {
        return backend == Backend.LUCENE;
    }
}
