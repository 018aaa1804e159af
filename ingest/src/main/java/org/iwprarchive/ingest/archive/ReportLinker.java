package org.iwprarchive.ingest.archive;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.iwprarchive.domain.article.Article;
import org.iwprarchive.domain.article.ArticleRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Settles which report each archived article is an edition of ({@link Article#getReportId()}): the archived
 * articles joined by edition links, either way and transitively, are one report, named by its lowest id. Where no
 * page links another, two articles published the same day in different languages with an author and a place in
 * common are taken for editions of one report too ({@link ArticleRepository#findLikelyEditionsOfEnglish}), and so
 * are two published within three days of each other whose texts give the same figures and quote the same people
 * ({@link ArticleRepository#findEditionsOfEnglishByText}, {@link EditionAnchors}). The
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
            settle(Map.of(article.getId(), article));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Long, Article> pending = (Map<Long, Article>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<Long, Article> ids = new LinkedHashMap<>();
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
        pending.put(article.getId(), article);
    }

    /** Walks the edition links from these articles and gives each article reached its report. */
    void settle(Map<Long, Article> touched) {
        Map<Long, Long> parent = new HashMap<>();
        touched.keySet().forEach(id -> parent.put(id, id));
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        FlushModeType flushMode = null;
        if (inTransaction) {
            // the queries read the transaction's own articles: flushed once here, not again before each query
            // (a flush before a query checks every entity of the batch for changes, and nothing changes between
            // these queries)
            entityManager.flush();
            flushMode = entityManager.getFlushMode();
            entityManager.setFlushMode(FlushModeType.COMMIT);
        }
        try {
            walk(touched, parent);
        } finally {
            if (inTransaction) {
                entityManager.setFlushMode(flushMode);
            }
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
            Article known = touched.get(id);
            if (known != null && Objects.equals(known.getReportId(), report)) {
                return; // a new article of no report, most of a batch: nothing to load or change
            }
            Article article = known != null && entityManager.contains(known) ? known
                    : entityManager.find(Article.class, id);
            if (article != null) {
                article.joinReport(report);
            }
        });
    }

    /**
     * Follows the links from the touched articles until no new article is reached. What the touched articles hold
     * decides which queries their first step needs: only those that link editions can have links from them, and the
     * likely-editions rule is asked for by language.
     */
    private void walk(Map<Long, Article> touched, Map<Long, Long> parent) {
        Collection<Long> frontier = List.copyOf(touched.keySet());
        boolean first = true;
        while (!frontier.isEmpty() && parent.size() <= MOST_ARTICLES) {
            List<Long> next = new ArrayList<>();
            List<Object[]> links = new ArrayList<>();
            Collection<Long> linking = first ? ids(touched, article -> !article.getEditions().isEmpty()) : frontier;
            if (!linking.isEmpty()) {
                links.addAll(articles.findEditionLinksFrom(linking));
            }
            links.addAll(articles.findEditionLinksTo(frontier));
            if (first) {
                // the articles reached later were looked at this way when they were archived
                List<Long> english = ids(touched, article -> "en".equals(article.getLanguage()));
                List<Long> others = ids(touched, article -> article.getLanguage() != null
                        && !"en".equals(article.getLanguage()));
                if (!english.isEmpty()) {
                    links.addAll(articles.findLikelyEditionsOfEnglish(english));
                }
                if (!others.isEmpty()) {
                    links.addAll(articles.findLikelyEditionsOfOthers(others));
                }
                List<Long> anchoredEnglish = anchored(touched, english);
                List<Long> anchoredOthers = anchored(touched, others);
                if (!anchoredEnglish.isEmpty()) {
                    links.addAll(articles.findEditionsOfEnglishByText(anchoredEnglish));
                }
                if (!anchoredOthers.isEmpty()) {
                    links.addAll(articles.findEditionsOfOthersByText(anchoredOthers));
                }
                first = false;
            }
            for (Object[] link : links) {
                for (int side = 0; side < 2; side++) {
                    Long id = ((Number) link[side]).longValue();
                    if (parent.putIfAbsent(id, id) == null) {
                        next.add(id);
                    }
                }
                union(parent, ((Number) link[0]).longValue(), ((Number) link[1]).longValue());
            }
            frontier = next;
        }
    }

    /** Of these articles, those with anchors enough for the rule on texts to join them to anything. */
    private static List<Long> anchored(Map<Long, Article> touched, List<Long> ids) {
        return ids.stream()
                .filter(id -> touched.get(id).getAnchors().size() >= ArticleRepository.FEWEST_SHARED_ANCHORS).toList();
    }

    private static List<Long> ids(Map<Long, Article> touched, Predicate<Article> which) {
        return touched.entrySet().stream().filter(e -> which.test(e.getValue())).map(Map.Entry::getKey).toList();
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
