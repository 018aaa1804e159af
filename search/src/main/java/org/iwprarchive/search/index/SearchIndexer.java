package org.iwprarchive.search.index;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;
import org.iwprarchive.domain.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Rebuilds the article index from PostgreSQL, the source of truth, and reports how far it has got. */
@Component
public class SearchIndexer {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    /**
     * @param running whether a rebuild is under way
     * @param total   articles to index, once known
     * @param indexed articles indexed so far
     * @param error   why the last rebuild failed, or null
     */
    public record Progress(boolean running, Instant startedAt, Instant finishedAt, long total, long indexed,
                           String error) {
    }

    private final EntityManagerFactory entityManagerFactory;
    private final IndexProblems problems;
    private final AtomicReference<Progress> progress = new AtomicReference<>(
            new Progress(false, null, null, 0, 0, null));
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    /** The merge of the index's segments a rebuild leaves running, or a finished stage. */
    private final AtomicReference<CompletableFuture<?>> merge = new AtomicReference<>(
            CompletableFuture.completedFuture(null));

    private final boolean inPlace;

    SearchIndexer(EntityManagerFactory entityManagerFactory, IndexProblems problems, SearchProperties properties) {
        this.entityManagerFactory = entityManagerFactory;
        this.problems = problems;
        this.inPlace = !properties.local();
    }

    /**
     * Whether a rebuild leaves the index complete while it runs: a shared (OpenSearch) index is rewritten article by
     * article, each replacing its own document, so every instance keeps answering from a whole index; a Lucene
     * index is emptied first, and searches wait for it.
     */
    public boolean searchableWhileRebuilding() {
        return inPlace;
    }

    /**
     * Refills the index from PostgreSQL; blocks until every article is searchable. A Lucene index is dropped first;
     * a shared one is rewritten in place, then rid of the documents of articles no longer in the database. Articles
     * the index refuses are left out and listed in {@link IndexProblems}: the rest of the archive is indexed all the
     * same. The index's segments are then merged into one in the background ({@link #merging()}): searches answer
     * from the whole index meanwhile, and faster once it ends. Merging at the end of the rebuild, before it
     * returned, took from a sixth (1,000,000 articles) to a third (100,000) of a rebuild's time, on one core.
     */
    public void rebuild() {
        Instant started = Instant.now();
        if (!begin(started)) {
            throw new IllegalStateException("a rebuild of the index is already running");
        }
        // a merge left running by the last rebuild would only be undone by this one's purge
        awaitMerge();
        problems.clear();
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            try {
                Search.session(entityManager).massIndexer(Article.class)
                        .purgeAllOnStart(!inPlace)
                        .threadsToLoadObjects(2)
                        .batchSizeToLoadObjects(50)
                        .mergeSegmentsOnFinish(false)
                        .monitor(new Monitor())
                        .failureHandler(problems)
                        .startAndWait();
            } catch (SearchException e) {
                if (problems.refusedArticles() == 0) {
                    throw e;
                }
                // the mass indexer indexes what it can and says at the end how many it could not: those are listed
                String left = problems.refusedArticles() + " articles could not be indexed; see "
                        + "GET /api/admin/index-problems";
                log.error("Rebuilt the search index without some articles: {}", left);
                problems.remember();
                progress.set(new Progress(false, started, Instant.now(), total.get(), indexed.get(), left));
                startMerge();
                return;
            }
            if (inPlace) {
                removeStale(entityManager);
            }
            progress.set(new Progress(false, started, Instant.now(), total.get(), indexed.get(), null));
            problems.remember();
            log.info("Rebuilt the search index: {} articles in {} ms", indexed.get(),
                    java.time.Duration.between(started, Instant.now()).toMillis());
            startMerge();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            progress.set(new Progress(false, started, Instant.now(), total.get(), indexed.get(), "interrupted"));
        } catch (RuntimeException e) {
            progress.set(new Progress(false, started, Instant.now(), total.get(), indexed.get(), e.getMessage()));
            throw e;
        }
    }

    /**
     * Takes out of the index the articles PostgreSQL no longer holds, a thousand index ids at a time compared with
     * the database: what a rebuild in place leaves behind of articles deleted while their instance could not reach
     * the index.
     */
    private void removeStale(EntityManager entityManager) {
        SearchSession session = Search.session(entityManager);
        long removed = 0;
        try (SearchScroll<Long> ids = session.search(Article.class).select(f -> f.id(Long.class))
                .where(f -> f.matchAll()).scroll(1000)) {
            for (SearchScrollResult<Long> chunk = ids.next(); chunk.hasHits(); chunk = ids.next()) {
                Set<Long> gone = new HashSet<>(chunk.hits());
                gone.removeAll(entityManager.createQuery("select a.id from Article a where a.id in :ids", Long.class)
                        .setParameter("ids", chunk.hits()).getResultList());
                if (!gone.isEmpty()) {
                    entityManager.getTransaction().begin();
                    gone.forEach(id -> session.indexingPlan().purge(Article.class, id, null));
                    entityManager.getTransaction().commit();
                    removed += gone.size();
                }
            }
        }
        if (removed > 0) {
            log.info("Took {} articles no longer in the database out of the search index", removed);
        }
    }

    /** Merges the index's segments into one, in the background; a failure leaves the index whole, only slower. */
    private void startMerge() {
        long began = System.nanoTime();
        CompletableFuture<?> merged;
        try {
            var workspace = Search.mapping(entityManagerFactory).scope(Article.class).workspace();
            // then committed and searched, so that the merged segments' files are let go of and deleted
            merged = workspace.mergeSegmentsAsync().thenCompose(done -> workspace.flushAsync())
                    .thenCompose(done -> workspace.refreshAsync()).toCompletableFuture();
        } catch (RuntimeException e) {
            merged = CompletableFuture.failedFuture(e); // the rebuild itself succeeded, and says so
        }
        merge.set(merged.whenComplete((done, failure) -> {
            if (failure == null) {
                log.info("Merged the search index's segments in {} ms", (System.nanoTime() - began) / 1_000_000);
            } else {
                log.warn("The search index's segments were not merged; searches stay a little slower until the "
                        + "next rebuild", failure);
            }
        }));
    }

    /** Whether the segments of a rebuilt index are being merged: the index is whole, and searches answer. */
    public boolean merging() {
        return !merge.get().isDone();
    }

    /** Waits for the merge a rebuild left running, if any, whatever its outcome. */
    public void awaitMerge() {
        try {
            merge.get().join();
        } catch (RuntimeException e) {
            // reported where it happened
        }
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public boolean startRebuild() {
        if (progress.get().running()) {
            return false;
        }
        Thread worker = new Thread(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                log.error("The index rebuild failed", e);
            }
        }, "index-rebuild");
        worker.setDaemon(true);
        worker.start();
        return true;
    }

    public Progress progress() {
        Progress now = progress.get();
        return now.running() ? new Progress(true, now.startedAt(), null, total.get(), indexed.get(), null) : now;
    }

    private synchronized boolean begin(Instant started) {
        if (progress.get().running()) {
            return false;
        }
        total.set(0);
        indexed.set(0);
        progress.set(new Progress(true, started, null, 0, 0, null));
        return true;
    }

    private final class Monitor implements MassIndexingMonitor {
        @Override
        public void documentsAdded(long count) {
            indexed.addAndGet(count);
        }

        @Override
        public void documentsBuilt(long count) {
        }

        @Override
        public void entitiesLoaded(long count) {
        }

        @Override
        public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
            context.totalCount().ifPresent(total::addAndGet);
            return new MassIndexingTypeGroupMonitor() {
                @Override
                public void documentsIndexed(long count) {
                }

                @Override
                public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                }

                @Override
                public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
                }
            };
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
