package org.iwprarchive.search.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.search.index.SearchIndexer;
import org.springframework.stereotype.Service;

/**
 * Every article a search matches, in the search's order, with no 10,000-hit bound: what an export of a result
 * reads. The ids come from the index a chunk at a time through a Hibernate Search scroll, which keeps one view of
 * the index for its whole run, so no article is read twice or skipped while others are being indexed.
 */
@Service
public class ArticleMatches {

    /** Ids handed over at a time. */
    public static final int CHUNK = 200;

    private final EntityManagerFactory entityManagerFactory;
    private final ArticleQueries queries;
    private final SearchIndexer indexer;

    ArticleMatches(EntityManagerFactory entityManagerFactory, ArticleQueries queries, SearchIndexer indexer) {
        this.entityManagerFactory = entityManagerFactory;
        this.queries = queries;
        this.indexer = indexer;
    }

    /**
     * Opens the run and reads its first chunk, so that a query that cannot be read or run fails here, before an
     * answer has started, and not halfway through one.
     *
     * @throws InvalidQueryException      when the query text cannot be read
     * @throws QueryTooExpensiveException when it expands past what the index searches at once
     * @throws IndexRebuildingException   while the index is being rebuilt
     */
    public Run open(ArticleQuery query) {
        IndexRebuildingException.unlessComplete(indexer);
        QueryText text = QueryText.parse(query.text());
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        SearchScroll<Long> scroll = null;
        try {
            SearchSession session = Search.session(entityManager);
            SearchScope<Article> scope = session.scope(Article.class);
            scroll = session.search(scope)
                    .select(f -> f.id(Long.class))
                    .where(queries.predicate(scope.predicate(), text, query, null))
                    .sort(ArticleQueries.order(scope.sort(), query.effectiveSort()))
                    .scroll(CHUNK);
            SearchScrollResult<Long> first = scroll.next();
            return new Run(entityManager, scroll, first.hits(), first.total().hitCount());
        } catch (RuntimeException e) {
            if (scroll != null) {
                scroll.close();
            }
            entityManager.close();
            throw QueryTooExpensiveException.orCause(e);
        }
    }

    /** One pass over the matches; close it when done, early or not. */
    public static final class Run implements AutoCloseable {

        private final EntityManager entityManager;
        private final SearchScroll<Long> scroll;
        private final long total;
        private List<Long> pending;

        private Run(EntityManager entityManager, SearchScroll<Long> scroll, List<Long> first, long total) {
            this.entityManager = entityManager;
            this.scroll = scroll;
            this.pending = first;
            this.total = total;
        }

        /** How many articles match, counted when the run opened. */
        public long total() {
            return total;
        }

        /** The ids of the next matches in order, at most {@link #CHUNK}; empty when all have been read. */
        public List<Long> next() {
            if (pending != null) {
                List<Long> first = pending;
                pending = null;
                return first;
            }
            return scroll.next().hits();
        }

        @Override
        public void close() {
            try {
                scroll.close();
            } finally {
                entityManager.close();
            }
        }
    }
}
