package org.iwprarchive.ingest.archive;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Settles which report each archived article is an edition of ({@link Article#getReportId()}): the archived
 * articles joined by edition links, either way and transitively, are one report, named by its lowest id. The
 * articles a transaction archived are linked together when it commits, so that a batch of pages costs two queries
 * a step of the walk, not two a page, and the links read include those of the whole batch.
 */
@Component
public class ReportLinker {

    /** The most articles one settling walks to: a report has a handful of editions, one per language. */
    static final int MOST_ARTICLES = 256;

    private final ArticleRepository articles;
    private final EntityManager entityManager;

    ReportLinker(ArticleRepository articles, EntityManager entityManager) {
        this.articles = articles;
        this.entityManager = entityManager;
    }

    /**
     * Notes an article whose address is new or whose edition links changed; its report, and those of the articles
     * it is linked to, are settled before the transaction commits (at once without one).
     */
    void touched(Article article) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            settle(List.of(article.getId()));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    settle(ids);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReportLinker.this);
                }
            });
            pending = ids;
        }
        pending.add(article.getId());
    }

    /** Walks the edition links from these articles and gives each article reached its report. */
    void settle(Collection<Long> touched) {
        Map<Long, Long> parent = new HashMap<>();
        touched.forEach(id -> parent.put(id, id));
        Collection<Long> frontier = List.copyOf(touched);
        while (!frontier.isEmpty() && parent.size() <= MOST_ARTICLES) {
            List<Long> next = new ArrayList<>();
            List<Object[]> links = new ArrayList<>(articles.findEditionLinksFrom(frontier));
            links.addAll(articles.findEditionLinksTo(frontier));
            for (Object[] link : links) {
                for (int side = 0; side < 2; side++) {
                    Long id = (Long) link[side];
                    if (parent.putIfAbsent(id, id) == null) {
                        next.add(id);
                    }
                }
                union(parent, (Long) link[0], (Long) link[1]);
            }
            frontier = next;
        }
        Map<Long, Long> lowest = new HashMap<>();
        Map<Long, Integer> size = new HashMap<>();
        parent.keySet().forEach(id -> {
            Long root = root(parent, id);
            lowest.merge(root, id, Math::min);
            size.merge(root, 1, Integer::sum);
        });
        parent.keySet().forEach(id -> {
            Long root = root(parent, id);
            Long report = size.get(root) > 1 ? lowest.get(root) : null;
            Article article = entityManager.find(Article.class, id);
            if (article != null) {
                article.joinReport(report);
            }
        });
    }

    private static Long root(Map<Long, Long> parent, Long id) {
        Long root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    private static void union(Map<Long, Long> parent, Long a, Long b) {
        Long ra = root(parent, a);
        Long rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
