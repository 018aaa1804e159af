package org.iwprarchive.search.index;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.iwprarchive.domain.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Rebuilds the article index from PostgreSQL. */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final EntityManagerFactory entityManagerFactory;

    SearchIndexer(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Drops and refills the index; blocks until done. */
    public void rebuild() {
        long started = System.nanoTime();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            Search.session(entityManager).massIndexer(Article.class)
                    .threadsToLoadObjects(2)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index rebuild interrupted", e);
        }
        log.info("Rebuilt the search index in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
