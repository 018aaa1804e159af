package org.iwprarchive.search.index;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL is the source of truth; the index can always be rebuilt from it. At start-up an index that
 * is missing (a new index directory over an existing database) or holds a different number of articles
 * than the database is rebuilt before anything else runs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

    private final EntityManagerFactory entityManagerFactory;
    private final ArticleRepository articles;
    private final SearchIndexer indexer;
    private final SearchProperties properties;

    SearchIndexBootstrap(EntityManagerFactory entityManagerFactory, ArticleRepository articles, SearchIndexer indexer,
                         SearchProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.articles = articles;
        this.indexer = indexer;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.rebuildOnStartup()) {
            return;
        }
        long inDatabase = articles.count();
        long inIndex;
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            SearchSession session = Search.session(entityManager);
            inIndex = session.search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        if (inDatabase != inIndex) {
            log.info("The search index holds {} articles and the database {}: rebuilding the index", inIndex,
                    inDatabase);
            indexer.rebuild();
        } else {
            log.info("The search index is current ({} articles)", inIndex);
        }
    }
}
