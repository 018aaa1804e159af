package org.iwprarchive.search.index;

import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;

/**
 * The names of the article index in an OpenSearch cluster: {@code <prefix>article-v<mapping version>-000001}, read
 * and written through the aliases {@code <prefix>article-v<version>-read} and {@code -write}. A new mapping version
 * is a new, empty index beside the old one, which start-up fills from PostgreSQL while the old one stays as it was
 * for instances still running the previous version; a prefix lets several archives share one cluster.
 */
final class VersionedIndexLayout implements IndexLayoutStrategy {

    private final String prefix;

    VersionedIndexLayout(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    private String base(String hibernateSearchIndexName) {
        return prefix + hibernateSearchIndexName + "-v" + ArticleIndexMapping.VERSION;
    }

    @Override
    public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
        return base(hibernateSearchIndexName) + "-000001";
    }

    @Override
    public String createWriteAlias(String hibernateSearchIndexName) {
        return base(hibernateSearchIndexName) + "-write";
    }

    @Override
    public String createReadAlias(String hibernateSearchIndexName) {
        return base(hibernateSearchIndexName) + "-read";
    }

    /** The key a hit's index is told apart by: the name without its generation number. */
    @Override
    public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
        return base(hibernateSearchIndexName);
    }

    @Override
    public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
        return elasticsearchIndexName.replaceFirst("-\\d{6}$", "");
    }
}
